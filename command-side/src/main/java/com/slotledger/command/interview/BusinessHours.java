package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewTypes.SlotSpec;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The named rules every slot obeys, whichever way it is created. Hours are read in the slot's own zone. */
public record BusinessHours(LocalTime open, LocalTime close) {

    public static final BusinessHours DEFAULT = new BusinessHours(LocalTime.of(8, 0), LocalTime.of(22, 0));

    /** Rule "a slot is a real, future span inside business hours of one day in its zone". */
    public void check(SlotSpec spec, Instant now) {
        requireEndAfterStart(spec.start(), spec.end());
        ZoneId zone = zone(spec.zone());
        if (!spec.start().isAfter(now)) {
            throw new DomainRejection(ErrorCode.SLOT_IN_PAST, "A slot must start in the future.");
        }
        if (!within(spec.start(), spec.end(), zone)) {
            throw new DomainRejection(ErrorCode.OUTSIDE_BUSINESS_HOURS, "A slot must lie within business hours "
                    + open + "–" + close + " of one day in " + zone + ".");
        }
        if (spec.maxCandidates() < 1) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "maxCandidates must be at least 1.");
        }
    }

    public boolean within(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime localStart = start.atZone(zone);
        ZonedDateTime localEnd = end.atZone(zone);
        boolean sameDay = localStart.toLocalDate().equals(localEnd.toLocalDate())
                || (localEnd.toLocalTime().equals(LocalTime.MIDNIGHT)
                && localStart.toLocalDate().plusDays(1).equals(localEnd.toLocalDate()));
        LocalTime endTime = localEnd.toLocalTime().equals(LocalTime.MIDNIGHT) && !localEnd.equals(localStart)
                ? LocalTime.MAX : localEnd.toLocalTime();
        return sameDay && !localStart.toLocalTime().isBefore(open) && !endTime.isAfter(close);
    }

    public static void requireEndAfterStart(Instant start, Instant end) {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new DomainRejection(ErrorCode.INVALID_SLOT_TIME, "A slot's end must be after its start.");
        }
    }

    public static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "Unknown time zone '" + zone + "'.");
        }
    }
}
