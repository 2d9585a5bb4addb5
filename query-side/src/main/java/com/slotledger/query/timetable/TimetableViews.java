package com.slotledger.query.timetable;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** The timetable read models as the API returns them. Local times are wall-clock times in the zone given. */
public final class TimetableViews {

    private TimetableViews() {
    }

    @Introspected
    public record CourseGroupView(String courseGroupId, String name, String semesterId, @Nullable String lecturerId,
                                  String day, LocalTime startTime, LocalTime endTime, String roomId, String zone,
                                  @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, boolean active,
                                  String createdBy, Instant createdAt, @Nullable Instant changedAt,
                                  @Nullable Instant deactivatedAt, @Nullable String deactivationReason,
                                  @Nullable LocalDate generatedFrom, @Nullable LocalDate generatedTo,
                                  @Nullable Instant generatedAt) {
    }

    @Introspected
    public record ExceptionView(String exceptionId, String courseGroupId, LocalDate date, boolean cancelled,
                                @Nullable String roomId, @Nullable LocalTime startTime, @Nullable LocalTime endTime,
                                @Nullable String notes, String createdBy, Instant createdAt, @Nullable String changedBy,
                                @Nullable Instant changedAt) {
    }

    /** A session: a slot of a course group, GENERATED from its schedule or ONE_OFF. */
    @Introspected
    public record SessionView(String sessionId, String courseGroupId, String courseGroupName, String kind,
                              LocalDate date, String roomId, Instant startsAt, Instant endsAt, String zone,
                              LocalTime localStart, LocalTime localEnd, @Nullable String lecturerId, boolean active,
                              @Nullable String cancelReason, boolean overridden, @Nullable String exceptionId) {
    }

    /** Whatever holds a room: a session of a course group, or another slot (an exam). */
    @Introspected
    public record RoomEntry(String slotId, String category, @Nullable String courseGroupId,
                            @Nullable String courseGroupName, LocalDate date, Instant startsAt, Instant endsAt,
                            String zone) {
    }
}
