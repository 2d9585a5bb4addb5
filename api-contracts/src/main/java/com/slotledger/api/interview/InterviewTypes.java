package com.slotledger.api.interview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The seed's enumerations and value records of interview scheduling. */
public final class InterviewTypes {

    private InterviewTypes() {
    }

    public enum SlotType { FIXED, FLEXIBLE, RECURRING }

    public enum SlotStatus { AVAILABLE, BOOKED, CANCELLED, COMPLETED }

    public enum ScheduleStatus { PENDING, CONFIRMED, CANCELLED, RESCHEDULED }

    public enum ConflictType { OVERLAP, INTERVIEWER_UNAVAILABLE, CANDIDATE_UNAVAILABLE }

    public enum ConflictResolution { PENDING, RESCHEDULED, CANCELLED, RESOLVED }

    /** Where a slot comes from and whose it is; times are UTC instants, the zone is the one it was planned in. */
    public record SlotSpec(SlotType type, String interviewerId, String companyId, String jobId, Instant start,
                           Instant end, String zone, int maxCandidates, String notes) {
    }

    /** The recurring pattern a series was created from (seed: recurring_pattern). Days are 1=Mon..7=Sun. */
    public record RecurringPattern(LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime,
                                   List<Integer> daysOfWeek, int slotDuration, int breakDuration, String zone) {
    }

    /** An interviewer's weekly availability (seed: InterviewerAvailability), in the interviewer's zone. */
    public record AvailabilityPattern(String interviewerId, String companyId, int dayOfWeek, LocalTime startTime,
                                      LocalTime endTime, int slotDuration, int breakDuration, boolean available,
                                      Integer maxSlotsPerDay, LocalDate validFrom, LocalDate validUntil,
                                      String zone) {
    }
}
