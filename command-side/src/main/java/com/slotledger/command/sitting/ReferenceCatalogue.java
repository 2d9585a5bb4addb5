package com.slotledger.command.sitting;

import com.slotledger.api.sitting.ReferenceCommands.DefineRoom;
import com.slotledger.api.sitting.ReferenceCommands.DefineSemester;
import com.slotledger.api.sitting.ReferenceCommands.DefineStaffMember;
import com.slotledger.api.sitting.ReferenceCommands.DefineSubject;
import com.slotledger.api.sitting.ReferenceCommands.EnrolStudent;
import com.slotledger.api.sitting.ReferenceCommands.Keyed;
import com.slotledger.api.sitting.ReferenceCommands.RegisterStudent;
import com.slotledger.api.sitting.ReferenceCommands.RetireReference;
import com.slotledger.api.sitting.ReferenceCommands.ReviseRoom;
import com.slotledger.api.sitting.ReferenceCommands.ReviseSemester;
import com.slotledger.api.sitting.ReferenceCommands.ReviseStaffMember;
import com.slotledger.api.sitting.ReferenceCommands.ReviseStudent;
import com.slotledger.api.sitting.ReferenceCommands.ReviseSubject;
import com.slotledger.api.sitting.ReferenceEvents.RoomDefined;
import com.slotledger.api.sitting.ReferenceEvents.RoomRevised;
import com.slotledger.api.sitting.ReferenceEvents.SemesterDefined;
import com.slotledger.api.sitting.ReferenceEvents.SemesterRevised;
import com.slotledger.api.sitting.ReferenceEvents.StaffMemberDefined;
import com.slotledger.api.sitting.ReferenceEvents.StaffMemberRevised;
import com.slotledger.api.sitting.ReferenceEvents.StudentEnrolled;
import com.slotledger.api.sitting.ReferenceEvents.StudentRegistered;
import com.slotledger.api.sitting.ReferenceEvents.StudentRevised;
import com.slotledger.api.sitting.ReferenceEvents.SubjectDefined;
import com.slotledger.api.sitting.ReferenceEvents.SubjectRevised;
import com.slotledger.api.sitting.ReferenceKind;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;

/**
 * Reference-record commands: the natural key is claimed (or moved) in the lookup table and the record decides,
 * in one transaction. An enrolment needs a live student, subject and semester.
 */
public class ReferenceCatalogue {

    private final Repository<ReferenceRecord> records;
    private final ReferenceKeys registry;

    public ReferenceCatalogue(Repository<ReferenceRecord> records, ReferenceKeys registry) {
        this.records = records;
        this.registry = registry;
    }

    @CommandHandler
    public String handle(DefineSemester c) throws Exception {
        return define(c, c.semesterId(), new SemesterDefined(c.semesterId(), c.code(), c.startDate(), c.endDate(), c.by(), c.at()));
    }

    @CommandHandler
    public void handle(ReviseSemester c) {
        revise(c, c.semesterId(), new SemesterRevised(c.semesterId(), c.code(), c.startDate(), c.endDate(), c.by(), c.at()));
    }

    @CommandHandler
    public String handle(DefineRoom c) throws Exception {
        return define(c, c.roomId(), new RoomDefined(c.roomId(), c.name(), c.capacity(), c.by(), c.at()));
    }

    @CommandHandler
    public void handle(ReviseRoom c) {
        revise(c, c.roomId(), new RoomRevised(c.roomId(), c.name(), c.capacity(), c.by(), c.at()));
    }

    @CommandHandler
    public String handle(DefineSubject c) throws Exception {
        return define(c, c.subjectId(), new SubjectDefined(c.subjectId(), c.code(), c.name(), c.active(), c.by(), c.at()));
    }

    @CommandHandler
    public void handle(ReviseSubject c) {
        revise(c, c.subjectId(), new SubjectRevised(c.subjectId(), c.code(), c.name(), c.active(), c.by(), c.at()));
    }

    @CommandHandler
    public String handle(RegisterStudent c) throws Exception {
        return define(c, c.studentId(), new StudentRegistered(c.studentId(), c.rollNumber(), c.name(), c.by(), c.at()));
    }

    @CommandHandler
    public void handle(ReviseStudent c) {
        revise(c, c.studentId(), new StudentRevised(c.studentId(), c.rollNumber(), c.name(), c.by(), c.at()));
    }

    @CommandHandler
    public String handle(EnrolStudent c) throws Exception {
        registry.requireLive(ReferenceKind.STUDENT, c.studentId());
        registry.requireLive(ReferenceKind.SUBJECT, c.subjectId());
        registry.requireLive(ReferenceKind.SEMESTER, c.semesterId());
        return define(c, c.enrolmentId(), new StudentEnrolled(c.enrolmentId(), c.studentId(), c.subjectId(), c.semesterId(), c.by(), c.at()));
    }

    @CommandHandler
    public String handle(DefineStaffMember c) throws Exception {
        return define(c, c.staffId(), new StaffMemberDefined(c.staffId(), c.name(), c.staffKind(), c.by(), c.at()));
    }

    @CommandHandler
    public void handle(ReviseStaffMember c) {
        revise(c, c.staffId(), new StaffMemberRevised(c.staffId(), c.name(), c.staffKind(), c.by(), c.at()));
    }

    @CommandHandler
    public void handle(RetireReference c) {
        load(c.kind(), c.targetId()).execute(record -> record.retire(c.kind(), c.by(), c.at()));
        registry.retire(c.kind(), c.id());
    }

    /** {@code id} is the id clients use; for students and staff it differs from the record's stream id. */
    private String define(Keyed command, String id, Object event) throws Exception {
        registry.claim(command.kind(), id, command.naturalKey());
        records.newInstance(() -> new ReferenceRecord(event));
        return id;
    }

    private void revise(Keyed command, String id, Object event) {
        load(command.kind(), command.targetId()).execute(record -> record.revise(command.kind(), event));
        registry.rekey(command.kind(), id, command.naturalKey());
    }

    private org.axonframework.modelling.command.Aggregate<ReferenceRecord> load(ReferenceKind kind, String id) {
        try {
            return records.load(id);
        } catch (AggregateNotFoundException e) {
            throw new DomainRejection(ErrorCode.REFERENCE_NOT_FOUND, "No " + kind.name().toLowerCase() + " " + id + ".");
        }
    }
}
