package com.slotledger.api.interview;

import com.slotledger.api.interview.InterviewTypes.AvailabilityPattern;
import com.slotledger.api.interview.InterviewTypes.ConflictResolution;
import com.slotledger.api.interview.InterviewTypes.ConflictType;
import com.slotledger.api.interview.InterviewTypes.RecurringPattern;
import com.slotledger.api.interview.InterviewTypes.ScheduleStatus;
import com.slotledger.api.interview.InterviewTypes.SlotSpec;
import com.slotledger.api.shared.Revision;

import java.time.Instant;

/** Published facts of interview scheduling. Shapes change only through a new revision and an upcaster. */
public final class InterviewEvents {

    private InterviewEvents() {
    }

    @Revision("1")
    public record InterviewCreated(String interviewId, String candidateId, String companyId, String jobId, int round,
                                   String createdBy, Instant createdAt) {
    }

    /** {@code seriesId} and {@code pattern} are set when the slot came from a recurring creation. */
    @Revision("1")
    public record InterviewSlotCreated(String slotId, SlotSpec spec, String seriesId, RecurringPattern pattern,
                                       String createdBy, Instant createdAt) {
    }

    @Revision("1")
    public record InterviewBooked(String slotId, String scheduleId, String interviewId, String candidateId,
                                  String companyId, String interviewerId, Instant start, Instant end, String notes,
                                  String bookedBy, Instant bookedAt) {
    }

    /** Bookings reached max_candidates: AVAILABLE → BOOKED. */
    @Revision("1")
    public record InterviewSlotFilled(String slotId, Instant at) {
    }

    /** A booking left a full slot: BOOKED → AVAILABLE. */
    @Revision("1")
    public record InterviewSlotReopened(String slotId, Instant at) {
    }

    /** AVAILABLE or BOOKED → CANCELLED; each live booking's BookingCancelled precedes it. */
    @Revision("1")
    public record InterviewSlotCancelled(String slotId, String reason, String cancelledBy, Instant cancelledAt) {
    }

    /** AVAILABLE or BOOKED → COMPLETED, once the slot has ended; its bookings keep their status. */
    @Revision("1")
    public record InterviewSlotCompleted(String slotId, String completedBy, Instant completedAt) {
    }

    @Revision("1")
    public record BookingConfirmed(String slotId, String scheduleId, String interviewId, Instant start, Instant end,
                                   String confirmedBy, Instant confirmedAt) {
    }

    /** {@code status} is CANCELLED, or RESCHEDULED when the booking moved to another slot. */
    @Revision("1")
    public record BookingCancelled(String slotId, String scheduleId, String interviewId, ScheduleStatus status,
                                   String reason, String cancelledBy, Instant cancelledAt) {
    }

    @Revision("1")
    public record AvailabilityDefined(String availabilityId, AvailabilityPattern pattern, String definedBy,
                                      Instant definedAt) {
    }

    @Revision("1")
    public record AvailabilityChanged(String availabilityId, AvailabilityPattern pattern, String changedBy,
                                      Instant changedAt) {
    }

    @Revision("1")
    public record AvailabilityRemoved(String availabilityId, String removedBy, Instant removedAt) {
    }

    @Revision("1")
    public record ConflictDetected(String conflictId, ConflictType type, String slotId, String conflictingSlotId,
                                   String interviewerId, String companyId, String details, Instant detectedAt) {
    }

    @Revision("1")
    public record ConflictResolved(String conflictId, ConflictResolution resolution, String notes, String resolvedBy,
                                   Instant resolvedAt) {
    }
}
