package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.ParticipantOutcome;
import com.slotledger.api.sitting.ReferenceCommands;
import com.slotledger.api.sitting.ReferenceKind;
import com.slotledger.api.sitting.SlotCommands.AddParticipant;
import com.slotledger.api.sitting.SlotCommands.AddSlotAttendees;
import com.slotledger.api.sitting.SlotCommands.AssignSlotSubjects;
import com.slotledger.api.sitting.SlotCommands.CancelSlot;
import com.slotledger.api.sitting.SlotCommands.RescheduleSlot;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.List;

/**
 * Slot commands whose rules reach beyond one slot: room bookings (unique start, no overlap), live reference
 * records, enrolments. The lookups are written in the command's transaction; the slot decides the rest.
 */
public class SlotDesk {

    private final Repository<Slot> slots;
    private final SlotBookings bookings;
    private final ReferenceKeys references;
    private final AttendanceRoutes routes;

    public SlotDesk(Repository<Slot> slots, SlotBookings bookings, ReferenceKeys references, AttendanceRoutes routes) {
        this.slots = slots;
        this.bookings = bookings;
        this.references = references;
        this.routes = routes;
    }

    @CommandHandler
    public String handle(ScheduleSlot c) throws Exception {
        references.requireLive(ReferenceKind.SEMESTER, c.semesterId());
        requireRoomAndStaff(c.roomId(), c.supervisorIds(), c.lecturerId());
        if (c.endsAt().isAfter(c.startsAt())) {
            bookings.book(c.slotId(), c.semesterId(), c.roomId(), c.startsAt(), c.endsAt(), c.zone());
        }
        slots.newInstance(() -> new Slot(c));
        return c.slotId();
    }

    @CommandHandler
    public void handle(RescheduleSlot c) {
        requireRoomAndStaff(c.roomId(), c.supervisorIds(), c.lecturerId());
        load(c.slotId()).execute(slot -> slot.reschedule(c));
        String semester = bookings.find(c.slotId()).orElseThrow().semesterId();
        bookings.move(c.slotId(), semester, c.roomId(), c.startsAt(), c.endsAt(), c.zone());
    }

    @CommandHandler
    public void handle(CancelSlot c) {
        load(c.slotId()).execute(slot -> slot.cancel(c));
        bookings.release(c.slotId());
    }

    @CommandHandler
    public void handle(AssignSlotSubjects c) {
        c.subjectIds().forEach(subject -> references.requireLive(ReferenceKind.SUBJECT, subject));
        load(c.slotId()).execute(slot -> slot.assignSubjects(c));
    }

    /** Rule "the student must be enrolled in the subject" for the slot's semester. */
    @CommandHandler
    public ParticipantOutcome handle(AddParticipant c) {
        SlotBookings.Booking booking = bookings.find(c.slotId()).orElseThrow(() -> notFound(c.slotId()));
        references.requireLive(ReferenceKind.STUDENT, c.studentId());
        String enrolment = ReferenceCommands.enrolmentKey(c.studentId(), c.subjectId(), booking.semesterId());
        if (references.idOf(ReferenceKind.ENROLMENT, enrolment).isEmpty()) {
            throw new DomainRejection(ErrorCode.NOT_ENROLLED,
                    "The student is not enrolled in subject " + c.subjectId() + " this semester.");
        }
        ParticipantOutcome outcome = load(c.slotId()).invoke(slot -> slot.addParticipant(c));
        routes.record(c.slotId(), c.studentId());
        return outcome;
    }

    @CommandHandler
    public void handle(AddSlotAttendees c) {
        c.studentIds().forEach(student -> references.requireLive(ReferenceKind.STUDENT, student));
        load(c.slotId()).execute(slot -> slot.addAttendees(c));
        c.studentIds().forEach(student -> routes.record(c.slotId(), student));
    }

    private void requireRoomAndStaff(String roomId, List<String> supervisors, String lecturerId) {
        references.requireLive(ReferenceKind.ROOM, roomId);
        supervisors.forEach(id -> references.requireLive(ReferenceKind.STAFF, id));
        if (lecturerId != null) {
            references.requireLive(ReferenceKind.STAFF, lecturerId);
        }
    }

    private Aggregate<Slot> load(String slotId) {
        try {
            return slots.load(slotId);
        } catch (AggregateNotFoundException e) {
            throw notFound(slotId);
        }
    }

    static DomainRejection notFound(String slotId) {
        return new DomainRejection(ErrorCode.SLOT_NOT_FOUND, "No slot " + slotId + ".");
    }
}
