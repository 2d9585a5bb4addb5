package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewTypes.RecurringPattern;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A series' occurrences as local wall-clock starts: the chosen weekdays of the date range, from startTime, one
 * every slotDuration + breakDuration minutes while the slot still ends by endTime. The zone is applied later, per
 * day, so a DST day keeps its wall-clock times.
 */
final class RecurrenceExpansion {

    private RecurrenceExpansion() {
    }

    static List<LocalDateTime> localStarts(RecurringPattern pattern, int limit) {
        check(pattern);
        List<LocalDateTime> starts = new ArrayList<>();
        for (LocalDate day = pattern.startDate(); !day.isAfter(pattern.endDate()); day = day.plusDays(1)) {
            if (!pattern.daysOfWeek().contains(day.getDayOfWeek().getValue())) {
                continue;
            }
            int minute = pattern.startTime().toSecondOfDay() / 60;
            int last = pattern.endTime().toSecondOfDay() / 60;
            while (minute + pattern.slotDuration() <= last) {
                starts.add(day.atTime(LocalTime.ofSecondOfDay(minute * 60L)));
                if (starts.size() > limit) {
                    throw new DomainRejection(ErrorCode.VALIDATION_FAILED,
                            "A series may create at most " + limit + " slots.");
                }
                minute += pattern.slotDuration() + pattern.breakDuration();
            }
        }
        return starts;
    }

    /** Rule "a series is a real range of real slots". */
    private static void check(RecurringPattern pattern) {
        if (pattern.endDate().isBefore(pattern.startDate())) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "endDate must not be before startDate.");
        }
        if (!pattern.endTime().isAfter(pattern.startTime())) {
            throw new DomainRejection(ErrorCode.INVALID_SLOT_TIME, "endTime must be after startTime.");
        }
        if (pattern.slotDuration() < 5 || pattern.breakDuration() < 0) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED,
                    "slotDuration must be at least 5 minutes and breakDuration not negative.");
        }
        if (pattern.daysOfWeek().isEmpty() || pattern.daysOfWeek().stream().anyMatch(d -> d == null || d < 1 || d > 7)) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "daysOfWeek holds 1 (Monday) to 7 (Sunday).");
        }
    }
}
