package com.slotledger.command.recognition;

import com.slotledger.api.recognition.FaceCommands;
import com.slotledger.api.recognition.FaceCommands.EnrolFace;
import com.slotledger.api.recognition.FaceCommands.RemoveFaces;
import com.slotledger.api.recognition.FaceEvents.FaceEnrolled;
import com.slotledger.api.recognition.FaceEvents.FacesRemoved;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.ArrayList;
import java.util.LinkedHashSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The face photos enrolled for one student, by hash; created by the first enrolment (load-or-create). It outlives a
 * removal: the next enrolment starts afresh.
 */
@Revision("1")
public class StudentFaces {

    @AggregateIdentifier
    private String facesId;
    private String studentId;
    private LinkedHashSet<String> photos = new LinkedHashSet<>();

    protected StudentFaces() {
    }

    /** Rule "a photo is enrolled once per student". */
    void enrol(EnrolFace c) {
        if (photos.contains(c.photoHash())) {
            throw new DomainRejection(ErrorCode.FACE_ALREADY_ENROLLED, "This photo is already enrolled for the student.");
        }
        apply(enrolled(c));
    }

    /** Rule "only enrolled faces can be removed". */
    void remove(RemoveFaces c) {
        if (photos.isEmpty()) {
            throw new DomainRejection(ErrorCode.FACE_NOT_FOUND, "No faces are enrolled for student " + c.studentId() + ".");
        }
        apply(new FacesRemoved(studentId, new ArrayList<>(photos), c.by(), c.at()));
    }

    private static FaceEnrolled enrolled(EnrolFace c) {
        return new FaceEnrolled(c.studentId(), c.photoHash(), c.mediaType(), c.size(), c.model(), c.by(), c.at());
    }

    @EventSourcingHandler
    void on(FaceEnrolled e) {
        facesId = FaceCommands.facesId(e.studentId());
        studentId = e.studentId();
        photos.add(e.photoHash());
    }

    @EventSourcingHandler
    void on(FacesRemoved e) {
        photos = new LinkedHashSet<>();
    }
}
