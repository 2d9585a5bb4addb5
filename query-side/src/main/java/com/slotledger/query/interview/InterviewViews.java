package com.slotledger.query.interview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** The rows of the interview read models, as the API returns them (camelCase). */
public final class InterviewViews {

    private InterviewViews() {
    }

    @MappedEntity("interview_slot_view")
    public record SlotView(@Id String slotId, String type, String status, String interviewerId, String companyId,
                           @Nullable String jobId, Instant startAt, Instant endAt, int durationMinutes, String zone,
                           int maxCandidates, int currentBookings, @Nullable String notes, @Nullable String seriesId,
                           @Nullable String seriesDays, @Nullable LocalDate seriesStartDate,
                           @Nullable LocalDate seriesEndDate, String createdBy, Instant createdAt,
                           @Nullable Instant cancelledAt, @Nullable String cancelledBy,
                           @Nullable String cancellationReason, @Nullable Instant completedAt,
                           @Nullable String completedBy) {
    }

    @MappedEntity("interview_schedule_view")
    public record ScheduleView(@Id String scheduleId, String slotId, String interviewId, String candidateId,
                               String companyId, String interviewerId, Instant startAt, Instant endAt, String status,
                               @Nullable String notes, String bookedBy, Instant bookedAt, @Nullable Instant confirmedAt,
                               @Nullable Instant cancelledAt, @Nullable String cancellationReason,
                               @Nullable String cancelledBy) {
    }

    /** An interview; the schedule fields are those of its confirmed booking, if any. */
    @MappedEntity("interview_view")
    public record InterviewView(@Id String interviewId, String candidateId, String companyId, @Nullable String jobId,
                                int round, Instant createdAt, @Nullable String scheduleId,
                                @Nullable Instant scheduledStart, @Nullable Instant scheduledEnd) {
    }

    @MappedEntity("interview_availability_view")
    public record AvailabilityView(@Id String availabilityId, String interviewerId, String companyId, int dayOfWeek,
                                   LocalTime startTime, LocalTime endTime, int slotDuration, int breakDuration,
                                   boolean isAvailable, @Nullable Integer maxSlotsPerDay, @Nullable LocalDate validFrom,
                                   @Nullable LocalDate validUntil, String zone, Instant updatedAt) {
    }

    @MappedEntity("interview_conflict_view")
    public record ConflictView(@Id String conflictId, String type, String resolution, String slotId,
                               @Nullable String conflictingSlotId, String interviewerId, String companyId,
                               String details, @Nullable String notes, Instant detectedAt, @Nullable Instant resolvedAt,
                               @Nullable String resolvedBy) {
    }
}
