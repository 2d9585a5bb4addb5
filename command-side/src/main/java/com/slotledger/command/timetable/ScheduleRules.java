package com.slotledger.command.timetable;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.timetable.TimetableTypes.WeeklySchedule;

/** Rule "a weekly schedule is one real weekly session": a day, a room, an end after the start, dates in order. */
final class ScheduleRules {

    private ScheduleRules() {
    }

    static void check(WeeklySchedule schedule) {
        if (schedule == null || schedule.day() == null || schedule.startTime() == null || schedule.endTime() == null
                || schedule.zone() == null || schedule.roomId() == null || schedule.roomId().isBlank()) {
            throw new DomainRejection(ErrorCode.INVALID_SCHEDULE,
                    "A weekly schedule names a day, a start and an end time, a room and a zone.");
        }
        if (!schedule.endTime().isAfter(schedule.startTime())) {
            throw new DomainRejection(ErrorCode.INVALID_SCHEDULE, "A session must end after it starts (same day).");
        }
        if (schedule.startsOn() != null && schedule.endsOn() != null && schedule.endsOn().isBefore(schedule.startsOn())) {
            throw new DomainRejection(ErrorCode.INVALID_SCHEDULE, "endsOn must not be before startsOn.");
        }
    }
}
