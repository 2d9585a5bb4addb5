package com.slotledger.command.timetable;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A session as it should be on one date: the wall-clock times are placed in the group's zone on that very date, so
 * "Monday 10:00" is 10:00 local on both sides of a DST change (the UTC instant moves, the lecture does not).
 */
record Occurrence(LocalDate date, String roomId, Instant startsAt, Instant endsAt, ZoneId zone) {

    /** Empty when the start or end does not exist that day (it falls into the hour a DST change skips). */
    static Optional<Occurrence> of(LocalDate date, LocalTime start, LocalTime end, String roomId, ZoneId zone) {
        Optional<Instant> startsAt = instant(date.atTime(start), zone);
        Optional<Instant> endsAt = instant(date.atTime(end), zone);
        if (startsAt.isEmpty() || endsAt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Occurrence(date, roomId, startsAt.get(), endsAt.get(), zone));
    }

    /** For a single date a person chose: a time that does not exist there is refused, not skipped. */
    static Occurrence required(LocalDate date, LocalTime start, LocalTime end, String roomId, ZoneId zone) {
        return of(date, start, end, roomId, zone).orElseThrow(() -> new DomainRejection(ErrorCode.INVALID_SCHEDULE,
                start + "–" + end + " does not exist on " + date + " in " + zone + " (a DST change skips that hour)."));
    }

    boolean sameAs(String otherRoom, Instant otherStart, Instant otherEnd) {
        return roomId.equals(otherRoom) && startsAt.equals(otherStart) && endsAt.equals(otherEnd);
    }

    /** In an overlap (the repeated hour of autumn) the earlier instant is the one meant. */
    private static Optional<Instant> instant(LocalDateTime local, ZoneId zone) {
        ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
        return zoned.toLocalDateTime().equals(local) ? Optional.of(zoned.toInstant()) : Optional.empty();
    }
}
