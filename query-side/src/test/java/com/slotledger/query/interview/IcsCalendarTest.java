package com.slotledger.query.interview;

import com.slotledger.query.interview.InterviewViews.ScheduleView;
import com.slotledger.query.interview.InterviewViews.SlotView;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Uid;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IcsCalendarTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void aSeriesAcrossTheBerlinDstChangeParsesBackToExactlyItsSlots() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        List<SlotView> slots = new ArrayList<>();
        // Mon/Wed/Sun at 09:00 and 10:00 around 28 March 2027, minus one skipped occurrence
        for (LocalDate day = LocalDate.of(2027, 3, 22); !day.isAfter(LocalDate.of(2027, 4, 4)); day = day.plusDays(1)) {
            int dow = day.getDayOfWeek().getValue();
            if (dow != 1 && dow != 3 && dow != 7) {
                continue;
            }
            for (LocalTime time : List.of(LocalTime.of(9, 0), LocalTime.of(10, 0))) {
                if (day.equals(LocalDate.of(2027, 3, 24)) && time.getHour() == 10) {
                    continue;
                }
                slots.add(seriesSlot("s" + slots.size(), ZonedDateTime.of(day, time, berlin).toInstant(), "Europe/Berlin"));
            }
        }
        SlotView loose = new SlotView("single", "FIXED", "AVAILABLE", "iv", "acme", null,
                Instant.parse("2027-03-30T12:00:00Z"), Instant.parse("2027-03-30T12:30:00Z"), 30, "UTC", 1, 0, null,
                null, null, null, null, "u", CREATED, null, null, null, null, null);
        ScheduleView booking = new ScheduleView("b1", "s0", "i1", "c1", "acme", "iv", slots.get(0).startAt(),
                slots.get(0).endAt(), "CONFIRMED", null, "u", CREATED, CREATED, null, null, null);
        List<SlotView> all = new ArrayList<>(slots);
        all.add(loose);

        String ics = IcsCalendar.write(all, List.of(booking));
        assertEquals(ics, IcsCalendar.write(all, List.of(booking)), "an export is stable");

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        parsed.validate();
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertEquals(4, events.size(), ics); // two series lines, one single slot, one booking
        Set<String> uids = events.stream().map(e -> e.<Uid>getProperty("UID").orElseThrow().getValue())
                .collect(Collectors.toSet());
        assertTrue(uids.contains(IcsCalendar.slotUid("single")));
        assertTrue(uids.contains(IcsCalendar.bookingUid("b1")));

        Set<Instant> expanded = new TreeSet<>();
        Period<ZonedDateTime> window = new Period<>(ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, berlin),
                ZonedDateTime.of(2027, 5, 1, 0, 0, 0, 0, berlin));
        for (VEvent event : events) {
            if (event.getProperty("RRULE").isPresent()) {
                for (Period<ZonedDateTime> period : event.<ZonedDateTime>calculateRecurrenceSet(window)) {
                    expanded.add(period.getStart().toInstant());
                    assertEquals(60, java.time.Duration.between(period.getStart(), period.getEnd()).toMinutes());
                }
            }
        }
        Set<Instant> expected = slots.stream().map(SlotView::startAt).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, expanded);
        // 09:00 in Berlin is 08:00Z before the change and 07:00Z after it
        assertTrue(expanded.contains(Instant.parse("2027-03-22T08:00:00Z")));
        assertTrue(expanded.contains(Instant.parse("2027-03-29T07:00:00Z")));
    }

    private static SlotView seriesSlot(String id, Instant start, String zone) {
        return new SlotView(id, "RECURRING", "AVAILABLE", "iv", "acme", null, start, start.plusSeconds(3600), 60, zone,
                1, 0, null, "series-1", "1,3,7", LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 4), "u", CREATED,
                null, null, null, null, null);
    }
}
