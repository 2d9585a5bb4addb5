package com.slotledger.api.interview;

import com.slotledger.api.interview.InterviewTypes.AvailabilityPattern;
import com.slotledger.api.interview.InterviewTypes.ConflictResolution;
import com.slotledger.api.interview.InterviewTypes.RecurringPattern;
import com.slotledger.api.interview.InterviewTypes.SlotSpec;
import com.slotledger.api.shared.TargetedCommand;

import java.time.Instant;

/** Commands of interview scheduling. {@code by} is the acting user id, {@code at} the clock. */
public final class InterviewCommands {

    private InterviewCommands() {
    }

    /** An interview (candidate, job, round) that is to be booked into a slot. */
    public record CreateInterview(String interviewId, String candidateId, String companyId, String jobId, int round,
                                  String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return interviewId;
        }
    }

    public record CreateInterviewSlot(String slotId, SlotSpec spec, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    /** One command for a whole series: all valid occurrences are created, or with {@code atomic} none. */
    public record CreateRecurringSlots(String seriesId, RecurringPattern pattern, String interviewerId,
                                       String companyId, String jobId, int maxCandidatesPerSlot, String notes,
                                       boolean atomic, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return seriesId;
        }
    }

    /** Closes a slot before its end: its live bookings are cancelled with the slot's reason. */
    public record CancelSlot(String slotId, String reason, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    /** Marks a slot that has ended as held. */
    public record CompleteSlot(String slotId, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    public record BookInterview(String slotId, String scheduleId, String interviewId, String notes, String by,
                                Instant at) implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    public record ConfirmBooking(String slotId, String scheduleId, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    public record CancelBooking(String slotId, String scheduleId, String reason, String by, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    /** Moves a booking to another slot in one transaction: the old one ends RESCHEDULED, a new one is PENDING. */
    public record RescheduleBooking(String slotId, String scheduleId, String newSlotId, String newScheduleId,
                                    String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return newSlotId;
        }
    }

    public record DefineAvailability(String availabilityId, AvailabilityPattern pattern, String by, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return availabilityId;
        }
    }

    public record ChangeAvailability(String availabilityId, AvailabilityPattern pattern, String by, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return availabilityId;
        }
    }

    public record RemoveAvailability(String availabilityId, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return availabilityId;
        }
    }

    /** A slot's conflicts are kept in the slot's own stream, so resolving one is a command to the slot. */
    public record ResolveConflict(String slotId, String conflictId, ConflictResolution resolution, String notes,
                                  String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }
}
