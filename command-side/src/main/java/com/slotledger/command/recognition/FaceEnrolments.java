package com.slotledger.command.recognition;

import com.slotledger.api.recognition.FaceCommands.EnrolFace;
import com.slotledger.api.recognition.FaceCommands.RemoveFaces;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.ReferenceKind;
import com.slotledger.command.sitting.ReferenceKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Routes enrolment commands to the student's faces, creating them with the first photo. Rule "faces belong to a
 * registered student": the student must be live in the sitting's reference registry.
 */
public class FaceEnrolments {

    private final Repository<StudentFaces> faces;
    private final ReferenceKeys references;

    public FaceEnrolments(Repository<StudentFaces> faces, ReferenceKeys references) {
        this.faces = faces;
        this.references = references;
    }

    @CommandHandler
    public void handle(EnrolFace c) throws Exception {
        references.requireLive(ReferenceKind.STUDENT, c.studentId());
        try {
            faces.load(c.targetId()).execute(student -> student.enrol(c));
        } catch (AggregateNotFoundException e) {
            faces.newInstance(() -> new StudentFaces(c));
        }
    }

    @CommandHandler
    public void handle(RemoveFaces c) {
        try {
            faces.load(c.targetId()).execute(student -> student.remove(c));
        } catch (AggregateNotFoundException e) {
            throw new DomainRejection(ErrorCode.FACE_NOT_FOUND, "No faces are enrolled for student " + c.studentId() + ".");
        }
    }
}
