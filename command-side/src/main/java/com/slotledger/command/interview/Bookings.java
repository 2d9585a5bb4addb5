package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.BookInterview;
import com.slotledger.api.interview.InterviewCommands.CancelBooking;
import com.slotledger.api.interview.InterviewCommands.CancelSlot;
import com.slotledger.api.interview.InterviewCommands.RescheduleBooking;
import com.slotledger.api.interview.InterviewTypes.ScheduleStatus;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.interview.InterviewRegistry.BookingRef;
import com.slotledger.command.interview.InterviewRegistry.InterviewRef;
import com.slotledger.command.interview.InterviewRegistry.SlotRef;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Booking, cancelling and rescheduling, and cancelling a whole slot with its bookings. Each first locks the slot's
 * capacity row (the database queues bookers of one slot across nodes), then takes or frees the candidate's time, then
 * lets the slot aggregate decide and record.
 * Row locks are always taken before aggregate locks, and in slot-id order, so no two commands wait on each other.
 */
public class Bookings {

    private final Repository<InterviewSlot> slots;
    private final InterviewRegistry registry;

    public Bookings(Repository<InterviewSlot> slots, InterviewRegistry registry) {
        this.slots = slots;
        this.registry = registry;
    }

    @CommandHandler
    public String handle(BookInterview command) {
        InterviewRef interview = interview(command.interviewId());
        SlotRef slot = slot(command.slotId());
        requireSameCompany(interview, slot);
        if (!registry.takeSeat(slot.slotId())) {
            throw new DomainRejection(ErrorCode.SLOT_FULL, "The slot is fully booked.");
        }
        book(command.scheduleId(), interview, slot, command.notes(), command.by(), command.at());
        return command.scheduleId();
    }

    @CommandHandler
    public String handle(CancelBooking command) {
        BookingRef booking = booking(command.scheduleId(), command.slotId());
        freeSeat(booking);
        registry.releaseBooking(booking.scheduleId());
        slots.load(booking.slotId()).execute(slot -> slot.cancel(booking.scheduleId(), ScheduleStatus.CANCELLED,
                command.reason(), command.by(), command.at()));
        return command.scheduleId();
    }

    /** Frees the slot's row, its bookings' rows and its day count, then the slot decides and records. */
    @CommandHandler
    public String handle(CancelSlot command) {
        registry.cancelSlot(command.slotId());
        slots.load(command.slotId()).execute(slot -> slot.cancelSlot(command.reason(), command.by(), command.at()));
        return command.slotId();
    }

    @CommandHandler
    public String handle(RescheduleBooking command) {
        BookingRef old = booking(command.scheduleId(), command.slotId());
        if (!old.active()) {
            // an early answer only: freeing the seat below decides under the row lock
            throw new DomainRejection(ErrorCode.BOOKING_NOT_ACTIVE, "The booking is no longer live.");
        }
        SlotRef target = slot(command.newSlotId());
        InterviewRef interview = interview(old.interviewId());
        requireSameCompany(interview, target);
        if (target.slotId().equals(old.slotId())) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "The booking is already in that slot.");
        }
        boolean seat;
        if (old.slotId().compareTo(target.slotId()) < 0) {
            freeSeat(old);
            seat = registry.takeSeat(target.slotId());
        } else {
            seat = registry.takeSeat(target.slotId());
            freeSeat(old);
        }
        if (!seat) {
            throw new DomainRejection(ErrorCode.SLOT_FULL, "The new slot is fully booked.");
        }
        registry.releaseBooking(old.scheduleId());
        slots.load(old.slotId()).execute(slot -> slot.cancel(old.scheduleId(), ScheduleStatus.RESCHEDULED,
                "rescheduled to " + target.slotId(), command.by(), command.at()));
        book(command.newScheduleId(), interview, target, null, command.by(), command.at());
        return command.newScheduleId();
    }

    private void book(String scheduleId, InterviewRef interview, SlotRef slot, String notes, String by,
                      java.time.Instant at) {
        registry.claimBooking(scheduleId, new BookingRef(scheduleId, slot.slotId(), interview.interviewId(),
                interview.candidateId(), slot.companyId(), slot.interviewerId(), true), slot.start(), slot.end());
        slots.load(slot.slotId()).execute(aggregate -> aggregate.book(scheduleId, interview.interviewId(),
                interview.candidateId(), interview.companyId(), notes, by, at));
    }

    private void freeSeat(BookingRef booking) {
        if (!registry.freeSeat(booking.slotId(), booking.scheduleId())) {
            throw new DomainRejection(ErrorCode.BOOKING_NOT_ACTIVE, "The booking is no longer live.");
        }
    }

    private static void requireSameCompany(InterviewRef interview, SlotRef slot) {
        if (!interview.companyId().equals(slot.companyId())) {
            throw new DomainRejection(ErrorCode.INTERVIEW_COMPANY_MISMATCH,
                    "The interview and the slot belong to different companies.");
        }
    }

    private InterviewRef interview(String interviewId) {
        return registry.interview(interviewId).orElseThrow(() -> new DomainRejection(ErrorCode.INTERVIEW_NOT_FOUND,
                "No interview " + interviewId + "."));
    }

    private SlotRef slot(String slotId) {
        return registry.slot(slotId).orElseThrow(() -> new DomainRejection(ErrorCode.INTERVIEW_SLOT_NOT_FOUND,
                "No interview slot " + slotId + "."));
    }

    private BookingRef booking(String scheduleId, String slotId) {
        BookingRef booking = registry.booking(scheduleId).orElseThrow(() -> new DomainRejection(
                ErrorCode.SCHEDULE_NOT_FOUND, "No booking " + scheduleId + "."));
        if (slotId != null && !slotId.equals(booking.slotId())) {
            throw new DomainRejection(ErrorCode.SCHEDULE_NOT_FOUND, "No booking " + scheduleId + " in slot " + slotId + ".");
        }
        return booking;
    }
}
