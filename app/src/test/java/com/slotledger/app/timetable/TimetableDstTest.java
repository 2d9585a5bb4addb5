package com.slotledger.app.timetable;

import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static com.slotledger.app.timetable.TimetableFlowTest.counts;
import static com.slotledger.app.timetable.TimetableFlowTest.field;
import static com.slotledger.app.timetable.TimetableFlowTest.skipped;
import static com.slotledger.app.timetable.TimetableWorld.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Monday 10:00" stays 10:00 local across DST changes (Europe/Paris, America/New_York), in the sessions and in the
 * iCalendar export, which ical4j parses back. "Now" is 1 March 2027, 06:00 UTC.
 */
@MicronautTest(transactional = false)
class TimetableDstTest extends IntegrationTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = Instant.parse("2027-03-01T06:00:00Z");

    final ShiftedClock clock = new ShiftedClock();
    TimetableWorld world;
    String semester;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeAll
    void setUp() {
        clock.set(NOW);
        signIn();
        world = new TimetableWorld(api, admin);
        semester = world.semester();
    }

    @BeforeEach
    void resetClock() {
        clock.set(NOW);
    }

    @Test
    void aParisMondayAtTenStaysAtTenThroughSpringAndAutumn() {
        String group = world.createGroup(TimetableWorld.group(semester, world.room(), "MON", "10:00", "11:30", "Europe/Paris"));
        world.generate(group, "2027-03-15", "2027-04-05", false);
        world.generate(group, "2027-10-18", "2027-11-08", false);
        List<Map<String, Object>> sessions = world.sessions("courseGroupId=" + group);
        assertEquals(List.of("10:00:00"), TimetableFlowTest.distinct(sessions, "localStart"));
        assertEquals(List.of("11:30:00"), TimetableFlowTest.distinct(sessions, "localEnd"));
        // summer time from 28 March, winter time from 31 October
        assertEquals(List.of("2027-03-15T09:00:00Z", "2027-03-22T09:00:00Z", "2027-03-29T08:00:00Z",
                "2027-04-05T08:00:00Z", "2027-10-18T08:00:00Z", "2027-10-25T08:00:00Z", "2027-11-01T09:00:00Z",
                "2027-11-08T09:00:00Z"), field(sessions, "startsAt"));

        Reply again = world.generate(group, "2027-03-15", "2027-04-05", true);
        assertEquals(List.of(0, 0, 0, 4), counts(again), "a DST change is no change of the schedule");
    }

    @Test
    void aNewYorkMondayAtTenStaysAtTenThroughSpringAndAutumn() {
        String group = world.createGroup(TimetableWorld.group(semester, world.room(), "MON", "10:00", "11:00", "America/New_York"));
        world.generate(group, "2027-03-01", "2027-03-22", false);
        world.generate(group, "2027-11-01", "2027-11-08", false);
        List<Map<String, Object>> sessions = world.sessions("courseGroupId=" + group);
        assertEquals(List.of("10:00:00"), TimetableFlowTest.distinct(sessions, "localStart"));
        // daylight time from 14 March, standard time from 7 November
        assertEquals(List.of("2027-03-01T15:00:00Z", "2027-03-08T15:00:00Z", "2027-03-15T14:00:00Z",
                "2027-03-22T14:00:00Z", "2027-11-01T14:00:00Z", "2027-11-08T15:00:00Z"), field(sessions, "startsAt"));
        assertEquals(List.of(0, 0, 0, 4), counts(world.generate(group, "2027-03-01", "2027-03-22", false)));
    }

    @Test
    void aTimeTheSpringChangeSkipsIsReportedNotShifted() {
        String group = world.createGroup(TimetableWorld.group(semester, world.room(), "SUN", "02:30", "03:30", "Europe/Paris"));
        Reply generated = world.generate(group, "2027-03-21", "2027-04-04", false);
        assertEquals(2, generated.json().get("created"));
        assertEquals(List.of("2027-03-28"), field(skipped(generated), "date"));
        assertEquals(List.of("DST_GAP"), field(skipped(generated), "reason"));
        assertEquals(List.of("2027-03-21", "2027-04-04"), field(world.sessions("courseGroupId=" + group), "date"));
    }

    @Test
    void theCalendarIsOneWeeklyEventWithItsCancelledAndOverriddenDates() throws Exception {
        String room = world.room();
        String otherRoom = world.room();
        Map<String, Object> body = new HashMap<>(TimetableWorld.group(semester, room, "MON", "10:00", "11:30", "Europe/Paris"));
        body.put("startsOn", "2027-03-15");
        body.put("endsOn", "2027-04-30");
        String group = world.createGroup(body);
        world.generate(group, "2027-03-15", "2027-04-30", false);
        world.ok(api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-04-05", "cancelled", true,
                "notes", "Easter Monday"), admin));
        world.ok(api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-03-29", "roomId", otherRoom,
                "startTime", "14:00", "endTime", "15:00"), admin));
        String oneOff = world.ok(api.post(T + "/sessions", Map.of("courseGroupId", group, "date", "2027-03-31",
                "startTime", "16:00", "endTime", "17:00"), admin)).string("id");

        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(T + "/calendar.ics?courseGroupId="
                + group + "&minPosition=" + world.position).bearerAuth(admin).accept("text/calendar"), String.class);
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(3, events.size(), response.body());

        VEvent weekly = events.stream().filter(e -> e.getProperty(Property.RRULE).isPresent()).findFirst().orElseThrow();
        VEvent moved = events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent()).findFirst().orElseThrow();
        VEvent extra = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().contains(oneOff))
                .findFirst().orElseThrow();
        assertEquals(value(weekly, Property.UID), value(moved, Property.UID), "an override shares the group's UID");

        Period<ZonedDateTime> window = new Period<>(ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, PARIS),
                ZonedDateTime.of(2027, 6, 1, 0, 0, 0, 0, PARIS));
        TreeSet<ZonedDateTime> occurrences = new TreeSet<>();
        for (Period<ZonedDateTime> period : weekly.<ZonedDateTime>calculateRecurrenceSet(window)) {
            ZonedDateTime start = period.getStart().withZoneSameInstant(PARIS);
            occurrences.add(start);
            assertEquals(LocalTime.of(10, 0), start.toLocalTime(), "10:00 in Paris on both sides of 28 March");
            assertEquals(Duration.ofMinutes(90), Duration.between(period.getStart(), period.getEnd()));
        }
        assertEquals(List.of("2027-03-15", "2027-03-22", "2027-03-29", "2027-04-12", "2027-04-19", "2027-04-26"),
                occurrences.stream().map(o -> o.toLocalDate().toString()).toList(), "5 April is an EXDATE");
        assertEquals(Instant.parse("2027-03-22T09:00:00Z"), occurrences.first().plusWeeks(1).toInstant());
        assertEquals(Instant.parse("2027-04-12T08:00:00Z"), occurrences.ceiling(occurrences.first().plusWeeks(4)).toInstant());

        ZonedDateTime recurrence = instantOf(moved, Property.RECURRENCE_ID);
        assertEquals(ZonedDateTime.of(2027, 3, 29, 10, 0, 0, 0, PARIS).toInstant(), recurrence.toInstant());
        assertTrue(occurrences.stream().anyMatch(o -> o.toInstant().equals(recurrence.toInstant())));
        assertEquals(ZonedDateTime.of(2027, 3, 29, 14, 0, 0, 0, PARIS).toInstant(), instantOf(moved, Property.DTSTART).toInstant());
        assertEquals(otherRoom, value(moved, Property.LOCATION));
        assertEquals(Instant.parse("2027-03-31T14:00:00Z"), instantOf(extra, Property.DTSTART).toInstant());
        assertEquals(room, value(extra, Property.LOCATION));
    }

    /**
     * Monday 10:00 until Wednesday 24 March 13:00 (Paris), then Wednesday 14:00; the Mondays generated before the
     * change stay until a forced generation. The calendar keeps the Monday series with its own exceptions, starts a
     * Wednesday series with its own, and shows the Mondays still held, until force removes them.
     */
    @Test
    void aChangedWeekdayKeepsTheEarlierSeriesWithItsExceptionsAndTheSessionsStillHeld() throws Exception {
        String room = world.room();
        String otherRoom = world.room();
        String group = world.createGroup(TimetableWorld.group(semester, room, "MON", "10:00", "11:30", "Europe/Paris"));
        world.generate(group, "2027-03-01", "2027-04-30", false);
        world.ok(api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-03-22", "cancelled", true),
                admin));
        world.ok(api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-03-15", "roomId", otherRoom,
                "startTime", "15:00", "endTime", "16:00"), admin));

        clock.set(Instant.parse("2027-03-24T12:00:00Z"));
        world.ok(api.put(T + "/course-groups/" + group, Map.of("day", "WED", "startTime", "14:00", "endTime", "15:30",
                "roomId", room, "zone", "Europe/Paris"), admin));
        assertEquals(List.of(6, 0, 0, 0), counts(world.generate(group, "2027-03-24", "2027-04-30", false)));
        world.ok(api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-04-07", "cancelled", true),
                admin));

        List<VEvent> events = calendarOf(group);
        assertEquals(8, events.size(), "two series, one override, five Mondays still held");
        VEvent mondays = series(events, "MO");
        VEvent wednesdays = series(events, "WE");
        assertTrue(value(mondays, Property.RRULE).contains("UNTIL=20270322T090000Z"), value(mondays, Property.RRULE));
        assertEquals(List.of("2027-03-01", "2027-03-08", "2027-03-15"), dates(occurrences(mondays)),
                "22 March is an EXDATE of the Monday series");
        assertEquals(List.of("2027-03-24", "2027-03-31", "2027-04-14", "2027-04-21", "2027-04-28"),
                dates(occurrences(wednesdays)), "7 April is an EXDATE of the Wednesday series");
        assertEquals(LocalTime.of(14, 0), occurrences(wednesdays).first().toLocalTime());
        VEvent moved = events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent()).findFirst()
                .orElseThrow();
        assertEquals(value(mondays, Property.UID), value(moved, Property.UID), "the override is the Monday series'");
        assertEquals(ZonedDateTime.of(2027, 3, 15, 10, 0, 0, 0, PARIS).toInstant(),
                instantOf(moved, Property.RECURRENCE_ID).toInstant());
        assertEquals(ZonedDateTime.of(2027, 3, 15, 15, 0, 0, 0, PARIS).toInstant(),
                instantOf(moved, Property.DTSTART).toInstant());
        List<VEvent> stillHeld = events.stream().filter(e -> value(e, Property.UID).startsWith("session-")).toList();
        assertEquals(List.of("2027-03-29", "2027-04-05", "2027-04-12", "2027-04-19", "2027-04-26"), stillHeld.stream()
                .map(e -> instantOf(e, Property.DTSTART).withZoneSameInstant(PARIS).toLocalDate().toString()).toList());
        assertEquals(LocalTime.of(10, 0), instantOf(stillHeld.get(0), Property.DTSTART).withZoneSameInstant(PARIS)
                .toLocalTime());

        assertEquals(List.of(0, 0, 5, 5), counts(world.generate(group, "2027-03-24", "2027-04-30", true)));
        assertEquals(3, calendarOf(group).size(), "the Mondays removed with force are gone; the past ones stay");
    }

    /** A changed time on the same weekday: the sessions left at the old time are overrides of the new series. */
    @Test
    void aChangedTimeShowsTheSessionsStillHeldAsOverridesOfTheNewSeries() throws Exception {
        String group = world.createGroup(TimetableWorld.group(semester, world.room(), "MON", "10:00", "11:00", "Europe/Paris"));
        world.generate(group, "2027-03-01", "2027-03-31", false);
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        world.ok(api.put(T + "/course-groups/" + group, Map.of("day", "MON", "startTime", "12:00", "endTime", "13:00",
                "roomId", world.room(), "zone", "Europe/Paris"), admin));

        List<VEvent> events = calendarOf(group);
        VEvent before = events.stream().filter(e -> e.getProperty(Property.RRULE).isPresent()
                && value(e, Property.RRULE).contains("UNTIL")).findFirst().orElseThrow();
        VEvent after = events.stream().filter(e -> e.getProperty(Property.RRULE).isPresent()
                && !value(e, Property.RRULE).contains("UNTIL")).findFirst().orElseThrow();
        assertEquals(List.of("2027-03-01", "2027-03-08"), dates(occurrences(before)));
        assertEquals(LocalTime.of(12, 0), occurrences(after).first().toLocalTime());
        assertEquals("2027-03-15", occurrences(after).first().toLocalDate().toString());
        List<VEvent> held = events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent()).toList();
        assertEquals(3, held.size(), "15, 22 and 29 March are still at 10:00 in the old room");
        for (VEvent event : held) {
            assertEquals(value(after, Property.UID), value(event, Property.UID));
            assertEquals(LocalTime.of(10, 0), instantOf(event, Property.DTSTART).withZoneSameInstant(PARIS).toLocalTime());
            assertEquals(LocalTime.of(12, 0), instantOf(event, Property.RECURRENCE_ID).withZoneSameInstant(PARIS)
                    .toLocalTime());
        }
    }

    private List<VEvent> calendarOf(String group) throws Exception {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(T + "/calendar.ics?courseGroupId="
                + group + "&minPosition=" + world.position).bearerAuth(admin).accept("text/calendar"), String.class);
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        return calendar.getComponents("VEVENT");
    }

    private static VEvent series(List<VEvent> events, String day) {
        return events.stream().filter(e -> e.getProperty(Property.RRULE).isPresent()
                && value(e, Property.RRULE).contains("BYDAY=" + day)).findFirst().orElseThrow();
    }

    private static TreeSet<ZonedDateTime> occurrences(VEvent weekly) {
        Period<ZonedDateTime> window = new Period<>(ZonedDateTime.of(2027, 2, 1, 0, 0, 0, 0, PARIS),
                ZonedDateTime.of(2027, 5, 1, 0, 0, 0, 0, PARIS));
        TreeSet<ZonedDateTime> occurrences = new TreeSet<>();
        for (Period<ZonedDateTime> period : weekly.<ZonedDateTime>calculateRecurrenceSet(window)) {
            occurrences.add(period.getStart().withZoneSameInstant(PARIS));
        }
        return occurrences;
    }

    private static List<String> dates(TreeSet<ZonedDateTime> occurrences) {
        return occurrences.stream().map(o -> o.toLocalDate().toString()).toList();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @SuppressWarnings("unchecked")
    private static ZonedDateTime instantOf(VEvent event, String property) {
        Optional<Property> found = event.getProperty(property);
        Temporal temporal = ((net.fortuna.ical4j.model.property.DateProperty<Temporal>) found.orElseThrow()).getDate();
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned;
        }
        if (temporal instanceof java.time.OffsetDateTime offset) {
            return offset.toZonedDateTime();
        }
        return ((Instant) temporal).atZone(ZoneId.of("UTC"));
    }
}
