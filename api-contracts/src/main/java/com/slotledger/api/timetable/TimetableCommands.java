package com.slotledger.api.timetable;

import com.slotledger.api.shared.TargetedCommand;
import com.slotledger.api.timetable.TimetableTypes.SessionOverride;
import com.slotledger.api.timetable.TimetableTypes.WeeklySchedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Commands of course timetables. Sessions are sitting slots of category LECTURE: generating, moving or removing
 * one schedules, reschedules or cancels its slot. {@code by} is the acting user, {@code at} the clock's now.
 */
public final class TimetableCommands {

    private TimetableCommands() {
    }

    /** {@code semesterId}, {@code roomId} and {@code lecturerId} (optional) name live sitting reference records. */
    public record CreateCourseGroup(String courseGroupId, String name, String semesterId, String lecturerId,
                                    WeeklySchedule schedule, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return courseGroupId;
        }
    }

    /** Existing sessions stay where they are until a generation with force moves them. */
    public record ChangeWeeklySchedule(String courseGroupId, WeeklySchedule schedule, String by, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return courseGroupId;
        }
    }

    /** The group generates nothing more; its sessions that have not started yet are removed. */
    public record DeactivateCourseGroup(String courseGroupId, String reason, String by, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return courseGroupId;
        }
    }

    /**
     * Generates the group's sessions for {@code weeks} weeks from today (in the group's zone), or from
     * {@code startDate} to {@code endDate} inclusive. With {@code force}, existing sessions whose times or room no
     * longer match are moved, and those on dates the group no longer meets are removed.
     */
    public record GenerateSessions(String courseGroupId, Integer weeks, LocalDate startDate, LocalDate endDate,
                                   boolean force, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return courseGroupId;
        }
    }

    public record AddException(String exceptionId, String courseGroupId, LocalDate date, SessionOverride override,
                               String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return courseGroupId;
        }
    }

    public record ChangeException(String exceptionId, String courseGroupId, SessionOverride override, String by,
                                  Instant at) implements TargetedCommand {
        public String targetId() {
            return courseGroupId;
        }
    }

    public record RemoveException(String exceptionId, String courseGroupId, String by, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return courseGroupId;
        }
    }

    /** An extra session of the group on one date; {@code roomId} null means the group's room. */
    public record ScheduleOneOffSession(String sessionId, String courseGroupId, LocalDate date, LocalTime startTime,
                                        LocalTime endTime, String roomId, String by, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return courseGroupId;
        }
    }

    /**
     * Cancels one session. A one-off session is simply cancelled; a generated one is cancelled through a cancelled
     * exception for its date, so regeneration and the calendar keep it cancelled.
     */
    public record CancelSession(String sessionId, String reason, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return sessionId;
        }
    }
}
