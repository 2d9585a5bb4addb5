package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import com.slotledger.api.sitting.ReferenceEvents.ReferenceRetired;
import com.slotledger.api.sitting.ReferenceEvents.RoomDefined;
import com.slotledger.api.sitting.ReferenceEvents.SemesterDefined;
import com.slotledger.api.sitting.ReferenceEvents.StaffMemberDefined;
import com.slotledger.api.sitting.ReferenceEvents.StudentEnrolled;
import com.slotledger.api.sitting.ReferenceEvents.StudentRegistered;
import com.slotledger.api.sitting.ReferenceEvents.SubjectDefined;
import com.slotledger.api.sitting.ReferenceKind;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A semester, room, subject, student, enrolment or staff member. They share one lifecycle (defined, revised,
 * retired), so one aggregate type decides for all; their events stay typed per kind.
 */
@Revision("1")
public class ReferenceRecord {

    @AggregateIdentifier
    private String id;
    private String publicId;
    private ReferenceKind kind;
    private boolean retired;

    protected ReferenceRecord() {
    }

    ReferenceRecord(Object defined) {
        apply(defined);
    }

    /** Rule "a retired record is history": it takes no more revisions. */
    void revise(ReferenceKind expected, Object revised) {
        requireKind(expected);
        requireLive();
        apply(revised);
    }

    /** Rule "retire once": the soft delete keeps the first who and when. */
    void retire(ReferenceKind expected, String by, Instant at) {
        requireKind(expected);
        requireLive();
        apply(new ReferenceRetired(kind, publicId, by, at));
    }

    private void requireKind(ReferenceKind expected) {
        if (kind != expected) {
            throw new DomainRejection(ErrorCode.REFERENCE_NOT_FOUND, "No " + expected.name().toLowerCase() + " " + publicId + ".");
        }
    }

    private void requireLive() {
        if (retired) {
            throw new DomainRejection(ErrorCode.REFERENCE_RETIRED, "The " + kind.name().toLowerCase() + " was retired.");
        }
    }

    @EventSourcingHandler
    void on(SemesterDefined event) {
        defined(event.semesterId(), ReferenceKind.SEMESTER);
    }

    @EventSourcingHandler
    void on(RoomDefined event) {
        defined(event.roomId(), ReferenceKind.ROOM);
    }

    @EventSourcingHandler
    void on(SubjectDefined event) {
        defined(event.subjectId(), ReferenceKind.SUBJECT);
    }

    @EventSourcingHandler
    void on(StudentRegistered event) {
        defined(event.studentId(), ReferenceKind.STUDENT);
    }

    @EventSourcingHandler
    void on(StudentEnrolled event) {
        defined(event.enrolmentId(), ReferenceKind.ENROLMENT);
    }

    @EventSourcingHandler
    void on(StaffMemberDefined event) {
        defined(event.staffId(), ReferenceKind.STAFF);
    }

    @EventSourcingHandler
    void on(ReferenceRetired event) {
        retired = true;
    }

    private void defined(String id, ReferenceKind kind) {
        this.id = kind.recordId(id);
        this.publicId = id;
        this.kind = kind;
    }
}
