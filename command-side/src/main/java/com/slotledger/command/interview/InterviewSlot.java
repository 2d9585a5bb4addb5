package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.CompleteSlot;
import com.slotledger.api.interview.InterviewCommands.ConfirmBooking;
import com.slotledger.api.interview.InterviewCommands.ResolveConflict;
import com.slotledger.api.interview.InterviewEvents.BookingCancelled;
import com.slotledger.api.interview.InterviewEvents.BookingConfirmed;
import com.slotledger.api.interview.InterviewEvents.ConflictDetected;
import com.slotledger.api.interview.InterviewEvents.ConflictResolved;
import com.slotledger.api.interview.InterviewEvents.InterviewBooked;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotCancelled;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotCompleted;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotCreated;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotFilled;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotReopened;
import com.slotledger.api.interview.InterviewTypes.ConflictResolution;
import com.slotledger.api.interview.InterviewTypes.ConflictType;
import com.slotledger.api.interview.InterviewTypes.RecurringPattern;
import com.slotledger.api.interview.InterviewTypes.ScheduleStatus;
import com.slotledger.api.interview.InterviewTypes.SlotSpec;
import com.slotledger.api.interview.InterviewTypes.SlotStatus;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An interview slot and the bookings in it (the seed's InterviewSlot with its InterviewSchedules), and the advisory
 * conflict it raised, if any. The capacity counter in the lookup table guards the slot across nodes; the aggregate
 * makes the same decision on its state. The conflict lives in the slot's stream, so creating a slot is one
 * aggregate's events and its receipt's position covers the conflict too.
 */
@Revision("1")
public class InterviewSlot {

    @AggregateIdentifier
    private String slotId;
    private String companyId;
    private String interviewerId;
    private Instant start;
    private Instant end;
    private int maxCandidates;
    private SlotStatus status;
    private Map<String, Booking> bookings;
    private ConflictResolution conflict;

    private static final String UNAVAILABLE = ":unavailable";

    /** What a decision needs of a booking. */
    record Booking(String interviewId, ScheduleStatus status) {
        boolean active() {
            return status == ScheduleStatus.PENDING || status == ScheduleStatus.CONFIRMED;
        }
    }

    protected InterviewSlot() {
    }

    /**
     * A new slot; {@code available} says whether an availability pattern of its interviewer covers it (the lookup
     * answers that), and a slot no pattern covers records an INTERVIEWER_UNAVAILABLE conflict.
     */
    InterviewSlot(String slotId, SlotSpec spec, String seriesId, RecurringPattern pattern, boolean available,
                  BusinessHours hours, String by, Instant at) {
        hours.check(spec, at);
        apply(new InterviewSlotCreated(slotId, spec, seriesId, pattern, by, at));
        if (!available) {
            apply(new ConflictDetected(unavailableId(slotId), ConflictType.INTERVIEWER_UNAVAILABLE, slotId, null,
                    spec.interviewerId(), spec.companyId(), "The slot " + spec.start() + " – " + spec.end()
                    + " lies in no availability pattern of its interviewer.", at));
        }
    }

    /** The id of a slot's INTERVIEWER_UNAVAILABLE conflict: derived, so a retried command cannot record it twice. */
    public static String unavailableId(String slotId) {
        return slotId + UNAVAILABLE;
    }

    /** The slot a conflict id names, if it is one of {@link #unavailableId}'s. */
    public static Optional<String> slotOf(String conflictId) {
        return conflictId.endsWith(UNAVAILABLE)
                ? Optional.of(conflictId.substring(0, conflictId.length() - UNAVAILABLE.length()))
                : Optional.empty();
    }

    /** Rule "a recorded conflict is resolved once, by a person, with a real resolution". */
    @CommandHandler
    void handle(ResolveConflict command) {
        if (conflict == null || !unavailableId(slotId).equals(command.conflictId())) {
            throw new DomainRejection(ErrorCode.CONFLICT_NOT_FOUND, "No conflict " + command.conflictId() + ".");
        }
        if (command.resolution() == ConflictResolution.PENDING) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "A resolution cannot be PENDING.");
        }
        if (conflict != ConflictResolution.PENDING) {
            throw new DomainRejection(ErrorCode.CONFLICT_ALREADY_RESOLVED, "The conflict was already " + conflict + ".");
        }
        apply(new ConflictResolved(command.conflictId(), command.resolution(), command.notes(), command.by(),
                command.at()));
    }

    void book(String scheduleId, String interviewId, String candidateId, String interviewCompanyId, String notes,
              String by, Instant at) {
        requireBookable(at);
        requireSameCompany(interviewCompanyId);
        requireInterviewNotHere(interviewId);
        requireSeat();
        apply(new InterviewBooked(slotId, scheduleId, interviewId, candidateId, companyId, interviewerId, start, end,
                notes, by, at));
        if (activeBookings() == maxCandidates) {
            apply(new InterviewSlotFilled(slotId, at));
        }
    }

    @CommandHandler
    void handle(ConfirmBooking command) {
        Booking booking = activeBooking(command.scheduleId());
        if (booking.status() == ScheduleStatus.CONFIRMED) {
            throw new DomainRejection(ErrorCode.BOOKING_ALREADY_CONFIRMED, "The booking is already confirmed.");
        }
        apply(new BookingConfirmed(slotId, command.scheduleId(), booking.interviewId(), start, end, command.by(),
                command.at()));
    }

    /** Ends an active booking; a full slot becomes available again. A completed slot's bookings are history. */
    void cancel(String scheduleId, ScheduleStatus outcome, String reason, String by, Instant at) {
        Booking booking = activeBooking(scheduleId);
        requireOpen();
        boolean wasFull = status == SlotStatus.BOOKED;
        apply(new BookingCancelled(slotId, scheduleId, booking.interviewId(), outcome, reason, by, at));
        if (wasFull) {
            apply(new InterviewSlotReopened(slotId, at));
        }
    }

    /**
     * Rule "a slot is cancelled before its end, once": each live booking is cancelled with the slot's reason, a pending
     * conflict is resolved CANCELLED (nothing is left to reschedule), then the slot is cancelled. One event per fact.
     */
    void cancelSlot(String reason, String by, Instant at) {
        requireOpen();
        if (!end.isAfter(at)) {
            throw new DomainRejection(ErrorCode.SLOT_ENDED, "The slot has ended; complete it instead.");
        }
        bookings.entrySet().stream().filter(b -> b.getValue().active()).map(Map.Entry::getKey).sorted().toList()
                .forEach(scheduleId -> apply(new BookingCancelled(slotId, scheduleId,
                        bookings.get(scheduleId).interviewId(), ScheduleStatus.CANCELLED, reason, by, at)));
        if (conflict == ConflictResolution.PENDING) {
            apply(new ConflictResolved(unavailableId(slotId), ConflictResolution.CANCELLED, "The slot was cancelled.",
                    by, at));
        }
        apply(new InterviewSlotCancelled(slotId, reason, by, at));
    }

    /** Rule "a slot is completed once, after its end"; its bookings keep their status. */
    @CommandHandler
    void handle(CompleteSlot command) {
        requireOpen();
        if (command.at().isBefore(end)) {
            throw new DomainRejection(ErrorCode.SLOT_NOT_ENDED, "The slot ends at " + end + "; it can be completed after.");
        }
        apply(new InterviewSlotCompleted(slotId, command.by(), command.at()));
    }

    private void requireOpen() {
        if (status == SlotStatus.CANCELLED || status == SlotStatus.COMPLETED) {
            throw new DomainRejection(ErrorCode.SLOT_CLOSED, "The slot is already " + status + ".");
        }
    }

    /** Rule "only an open, future slot takes bookings". */
    private void requireBookable(Instant at) {
        if (status == SlotStatus.CANCELLED || status == SlotStatus.COMPLETED || !start.isAfter(at)) {
            throw new DomainRejection(ErrorCode.SLOT_NOT_BOOKABLE, "The slot is not open for booking.");
        }
    }

    /** Rule "an interview is booked with its own company's interviewers". */
    private void requireSameCompany(String interviewCompanyId) {
        if (!companyId.equals(interviewCompanyId)) {
            throw new DomainRejection(ErrorCode.INTERVIEW_COMPANY_MISMATCH,
                    "The interview and the slot belong to different companies.");
        }
    }

    private void requireInterviewNotHere(String interviewId) {
        if (bookings.values().stream().anyMatch(b -> b.active() && b.interviewId().equals(interviewId))) {
            throw new DomainRejection(ErrorCode.INTERVIEW_ALREADY_BOOKED, "The interview is already booked.");
        }
    }

    /** Rule "capacity": bookings never exceed max_candidates. */
    private void requireSeat() {
        if (activeBookings() >= maxCandidates) {
            throw new DomainRejection(ErrorCode.SLOT_FULL, "The slot is fully booked.");
        }
    }

    private Booking activeBooking(String scheduleId) {
        Booking booking = bookings.get(scheduleId);
        if (booking == null) {
            throw new DomainRejection(ErrorCode.SCHEDULE_NOT_FOUND, "No booking " + scheduleId + " in this slot.");
        }
        if (!booking.active()) {
            throw new DomainRejection(ErrorCode.BOOKING_NOT_ACTIVE, "The booking was already " + booking.status() + ".");
        }
        return booking;
    }

    private long activeBookings() {
        return bookings.values().stream().filter(Booking::active).count();
    }

    @EventSourcingHandler
    void on(InterviewSlotCreated event) {
        slotId = event.slotId();
        companyId = event.spec().companyId();
        interviewerId = event.spec().interviewerId();
        start = event.spec().start();
        end = event.spec().end();
        maxCandidates = event.spec().maxCandidates();
        status = SlotStatus.AVAILABLE;
        bookings = new HashMap<>();
    }

    @EventSourcingHandler
    void on(InterviewBooked event) {
        bookings.put(event.scheduleId(), new Booking(event.interviewId(), ScheduleStatus.PENDING));
    }

    @EventSourcingHandler
    void on(BookingConfirmed event) {
        bookings.put(event.scheduleId(), new Booking(event.interviewId(), ScheduleStatus.CONFIRMED));
    }

    @EventSourcingHandler
    void on(BookingCancelled event) {
        bookings.put(event.scheduleId(), new Booking(event.interviewId(), event.status()));
    }

    @EventSourcingHandler
    void on(InterviewSlotFilled event) {
        status = SlotStatus.BOOKED;
    }

    @EventSourcingHandler
    void on(InterviewSlotReopened event) {
        status = SlotStatus.AVAILABLE;
    }

    @EventSourcingHandler
    void on(InterviewSlotCancelled event) {
        status = SlotStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(InterviewSlotCompleted event) {
        status = SlotStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(ConflictDetected event) {
        conflict = ConflictResolution.PENDING;
    }

    @EventSourcingHandler
    void on(ConflictResolved event) {
        conflict = event.resolution();
    }
}
