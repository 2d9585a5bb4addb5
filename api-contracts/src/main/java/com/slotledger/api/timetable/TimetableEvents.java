package com.slotledger.api.timetable;

import com.slotledger.api.shared.Revision;
import com.slotledger.api.timetable.TimetableTypes.SessionOverride;
import com.slotledger.api.timetable.TimetableTypes.WeeklySchedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published facts of course timetables. The sessions themselves are sitting slots: each session created, moved or
 * removed is one SlotScheduled, SlotRescheduled or SlotCancelled whose source is the course group.
 */
public final class TimetableEvents {

    private TimetableEvents() {
    }

    @Revision("1")
    public record CourseGroupCreated(String courseGroupId, String name, String semesterId, String lecturerId,
                                     WeeklySchedule schedule, String by, Instant at) {
    }

    @Revision("1")
    public record WeeklyScheduleChanged(String courseGroupId, WeeklySchedule schedule, String by, Instant at) {
    }

    @Revision("1")
    public record CourseGroupDeactivated(String courseGroupId, String reason, String by, Instant at) {
    }

    @Revision("1")
    public record SessionExceptionAdded(String exceptionId, String courseGroupId, LocalDate date,
                                        SessionOverride override, String by, Instant at) {
    }

    @Revision("1")
    public record SessionExceptionChanged(String exceptionId, String courseGroupId, LocalDate date,
                                          SessionOverride override, String by, Instant at) {
    }

    @Revision("1")
    public record SessionExceptionRemoved(String exceptionId, String courseGroupId, LocalDate date, String by,
                                          Instant at) {
    }

    /** A generation run that changed something; the sessions' own slot events say what. */
    @Revision("1")
    public record SessionsGenerated(String courseGroupId, LocalDate from, LocalDate to, boolean force, int created,
                                    int updated, int deleted, String by, Instant at) {
    }
}
