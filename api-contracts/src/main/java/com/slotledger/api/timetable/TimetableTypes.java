package com.slotledger.api.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Value records of course timetables. Times are wall-clock times in the group's zone. */
public final class TimetableTypes {

    /** The slot source type of a session generated from a course group's weekly schedule. */
    public static final String GENERATED_SOURCE = "COURSE_GROUP";
    /** The slot source type of a one-off session of a course group. */
    public static final String ONE_OFF_SOURCE = "COURSE_GROUP_ONE_OFF";

    private TimetableTypes() {
    }

    /**
     * When a group meets: one weekday, from start to end in its zone, in its room, optionally only between two
     * dates (inclusive; null means open).
     */
    public record WeeklySchedule(DayOfWeek day, LocalTime startTime, LocalTime endTime, String roomId, ZoneId zone,
                                 LocalDate startsOn, LocalDate endsOn) {

        public boolean meetsOn(LocalDate date) {
            return date.getDayOfWeek() == day && (startsOn == null || !date.isBefore(startsOn))
                    && (endsOn == null || !date.isAfter(endsOn));
        }
    }

    /**
     * One date's exception: either the session is cancelled, or it takes another room and/or other times (null
     * means the group's own).
     */
    public record SessionOverride(boolean cancelled, String roomId, LocalTime startTime, LocalTime endTime,
                                  String notes) {
    }
}
