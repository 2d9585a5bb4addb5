package com.slotledger.command.timetable;

import com.slotledger.api.shared.DomainRejection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wall-clock times placed in the zone on their own date. */
class OccurrenceTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant start(LocalDate date, int hour, ZoneId zone) {
        return Occurrence.of(date, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0), "r", zone).orElseThrow().startsAt();
    }

    @Test
    void tenInParisIsNineUtcInWinterAndEightInSummer() {
        assertEquals(Instant.parse("2027-03-22T09:00:00Z"), start(LocalDate.of(2027, 3, 22), 10, PARIS));
        assertEquals(Instant.parse("2027-03-29T08:00:00Z"), start(LocalDate.of(2027, 3, 29), 10, PARIS));
        assertEquals(Instant.parse("2027-10-25T08:00:00Z"), start(LocalDate.of(2027, 10, 25), 10, PARIS));
        assertEquals(Instant.parse("2027-11-01T09:00:00Z"), start(LocalDate.of(2027, 11, 1), 10, PARIS));
    }

    @Test
    void tenInNewYorkFollowsTheAmericanChangeDates() {
        assertEquals(Instant.parse("2027-03-08T15:00:00Z"), start(LocalDate.of(2027, 3, 8), 10, NEW_YORK));
        assertEquals(Instant.parse("2027-03-15T14:00:00Z"), start(LocalDate.of(2027, 3, 15), 10, NEW_YORK));
        assertEquals(Instant.parse("2027-11-01T14:00:00Z"), start(LocalDate.of(2027, 11, 1), 10, NEW_YORK));
        assertEquals(Instant.parse("2027-11-08T15:00:00Z"), start(LocalDate.of(2027, 11, 8), 10, NEW_YORK));
    }

    @Test
    void anHourTheSpringChangeSkipsHasNoOccurrence() {
        assertTrue(Occurrence.of(LocalDate.of(2027, 3, 28), LocalTime.of(2, 30), LocalTime.of(3, 30), "r", PARIS).isEmpty());
        assertTrue(Occurrence.of(LocalDate.of(2027, 3, 14), LocalTime.of(2, 0), LocalTime.of(3, 0), "r", NEW_YORK).isEmpty());
        assertThrows(DomainRejection.class, () -> Occurrence.required(LocalDate.of(2027, 3, 28), LocalTime.of(2, 30),
                LocalTime.of(3, 30), "r", PARIS));
    }

    @Test
    void anHourTheAutumnChangeRepeatsMeansItsFirstPass() {
        Occurrence o = Occurrence.of(LocalDate.of(2027, 10, 31), LocalTime.of(2, 30), LocalTime.of(3, 30), "r", PARIS)
                .orElseThrow();
        assertEquals(Instant.parse("2027-10-31T00:30:00Z"), o.startsAt());
        assertEquals(Instant.parse("2027-10-31T02:30:00Z"), o.endsAt(), "a session over the change lasts two hours");
    }
}
