package com.slotledger.app.interview;

import com.slotledger.app.database.DatabasePool;
import com.slotledger.app.interview.InterviewWorld.Company;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.app.support.ProjectionWait;
import com.slotledger.app.support.ReadModelRows;
import com.slotledger.query.interview.InterviewProjection;
import com.slotledger.query.shared.Projections;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.slotledger.app.interview.InterviewWorld.BASE;
import static com.slotledger.app.interview.InterviewWorld.BERLIN;
import static com.slotledger.app.interview.InterviewWorld.at;
import static com.slotledger.app.interview.InterviewWorld.day;
import static com.slotledger.app.interview.InterviewWorld.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar as JSON and as iCalendar parsed back with ical4j: one VEVENT per slot or booking (a series as one
 * RRULE per daily time), UIDs stable across exports. Then a replay rebuilds every interview read model row for row.
 */
@MicronautTest(transactional = false)
class InterviewCalendarTest extends IntegrationTest {

    @Inject
    DatabasePool pool;

    @Inject
    Projections projections;

    InterviewWorld world;

    @BeforeAll
    void setUp() {
        signIn();
        world = new InterviewWorld(api, admin);
    }

    private String ics(String query, String token, String path) {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(BASE + path + query)
                .bearerAuth(token).accept(MediaType.of("text/calendar")), String.class);
        assertEquals(200, response.code());
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/calendar"));
        return response.body();
    }

    @Test
    void theIcsExportParsesBackToOneEventPerSlotOrBookingWithStableUidsAndAnRruleForTheSeries() throws Exception {
        Company acme = world.company();
        String recruiter = acme.recruiter().token();
        LocalDate monday = day(12, DayOfWeek.MONDAY);
        Reply series = ok(api.post(BASE + "/slots/recurring", Map.of("interviewerId", acme.interviewer().id(),
                "startDate", monday.toString(), "endDate", monday.plusDays(2).toString(), "startTime", "09:00",
                "endTime", "11:00", "daysOfWeek", List.of(1, 2, 3), "slotDuration", 60, "zone", BERLIN), recruiter));
        String single = world.slot(acme, at(monday, "15:00", BERLIN), at(monday, "16:00", BERLIN), 1).string("id");
        Api.User candidate = world.candidate();
        String booking = world.book(single, world.interview(recruiter, candidate.id()), candidate.token()).string("id");
        long position = ok(api.post(BASE + "/schedules/" + booking + "/confirm", null, recruiter)).position();
        world.awaitSeries(series);
        String query = "?startDate=" + monday + "&endDate=" + monday.plusDays(6) + "&zone=" + BERLIN
                + "&minPosition=" + position;

        List<Map<String, Object>> entries = api.get(BASE + "/calendar" + query, recruiter).list();
        assertEquals(8, entries.size(), entries.toString());
        assertEquals(7, entries.stream().filter(e -> "SLOT".equals(e.get("kind"))).count());
        assertEquals(1, entries.stream().filter(e -> "BOOKING".equals(e.get("kind"))).count());

        String exported = ics(query, recruiter, "/calendar.ics");
        assertEquals(exported, ics(query, recruiter, "/calendar.ics"), "an unchanged calendar exports identically");
        assertEquals(exported, ics(query, recruiter, "/calendar"), "/calendar answers iCalendar to who accepts it");
        for (String accept : List.of("*/*", "application/json, text/calendar;q=0.5")) {
            HttpResponse<String> json = client.toBlocking().exchange(HttpRequest.GET(BASE + "/calendar" + query)
                    .bearerAuth(recruiter).header("Accept", accept), String.class);
            assertTrue(json.getContentType().orElseThrow().toString().startsWith("application/json"), accept);
            assertTrue(json.body().startsWith("[{\"uid\""), accept + ": " + json.body());
        }
        HttpResponse<String> plain = client.toBlocking().exchange(HttpRequest.GET(BASE + "/calendar" + query)
                .bearerAuth(recruiter).header("Accept", "text/calendar;q=0.9, application/json;q=0.1"), String.class);
        assertEquals(exported, plain.body(), "iCalendar when the client prefers it");

        Calendar calendar = new CalendarBuilder().build(new StringReader(exported));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(4, events.size(), exported); // the series' 09:00 and 10:00 lines, the single slot, the booking
        List<VEvent> ruled = events.stream().filter(e -> e.getProperty("RRULE").isPresent()).toList();
        assertEquals(2, ruled.size());
        ruled.forEach(e -> assertTrue(uid(e).startsWith("series-" + series.string("seriesId")), uid(e)));
        Set<String> plainUids = events.stream().filter(e -> e.getProperty("RRULE").isEmpty()).map(InterviewCalendarTest::uid)
                .collect(Collectors.toSet());
        assertEquals(Set.of("slot-" + single + "@slotledger", "booking-" + booking + "@slotledger"), plainUids);
        Set<String> jsonUids = entries.stream().map(e -> (String) e.get("uid")).collect(Collectors.toSet());
        assertTrue(jsonUids.containsAll(plainUids), jsonUids.toString());

        assertEquals(starts(entries), occurrenceStarts(events, ZoneId.of(BERLIN), monday),
                "the VEVENTs, their rules expanded, are exactly the calendar's slots and bookings");

        Reply later = world.slot(acme, at(monday.plusDays(4), "09:00", BERLIN), at(monday.plusDays(4), "10:00", BERLIN), 1);
        String again = ics(query.replace("minPosition=" + position, "minPosition=" + later.position()), recruiter, "/calendar.ics");
        Set<String> before = events.stream().map(InterviewCalendarTest::uid).collect(Collectors.toSet());
        List<VEvent> after = new CalendarBuilder().build(new StringReader(again)).getComponents("VEVENT");
        assertEquals(5, after.size());
        assertTrue(after.stream().map(InterviewCalendarTest::uid).collect(Collectors.toSet()).containsAll(before),
                "every earlier UID survives the next export");

        InterviewWorld.refused(api.get(BASE + "/calendar?startDate=" + monday, recruiter), 400, "VALIDATION_FAILED");
        InterviewWorld.refused(api.get(BASE + "/calendar?startDate=" + monday + "&endDate=" + monday.plusYears(2), recruiter),
                400, "VALIDATION_FAILED");
        InterviewWorld.refused(api.get(BASE + "/calendar" + query.replace(BERLIN, "Nowhere/Else"), recruiter), 400,
                "VALIDATION_FAILED");

        String own = ics(query, candidate.token(), "/calendar.ics");
        List<VEvent> candidates = new CalendarBuilder().build(new StringReader(own)).getComponents("VEVENT");
        assertEquals(List.of("booking-" + booking + "@slotledger"), candidates.stream().map(InterviewCalendarTest::uid).toList(),
                "a candidate's calendar holds their own booking only");
    }

    private static String uid(VEvent event) {
        return event.getProperty("UID").orElseThrow().getValue();
    }

    private static List<Instant> starts(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> Instant.parse((String) e.get("start"))).sorted().toList();
    }

    private static List<Instant> occurrenceStarts(List<VEvent> events, ZoneId zone, LocalDate from) {
        Period<ZonedDateTime> window = new Period<>(from.atStartOfDay(zone), from.plusWeeks(1).atStartOfDay(zone));
        List<Instant> starts = new ArrayList<>();
        for (VEvent event : events) {
            if (event.getProperty("RRULE").isPresent()) {
                for (Period<ZonedDateTime> occurrence : event.<ZonedDateTime>calculateRecurrenceSet(window)) {
                    starts.add(occurrence.getStart().toInstant());
                }
            } else {
                Temporal start = event.getDateTimeStart().getDate();
                starts.add(Instant.from(start));
            }
        }
        return starts.stream().sorted().toList();
    }

    @Test
    void aReplayRebuildsTheInterviewReadModelsRowForRow() throws Exception {
        Company acme = world.company();
        String recruiter = acme.recruiter().token();
        LocalDate tuesday = day(13, DayOfWeek.TUESDAY);
        long pattern = ok(api.post(BASE + "/availability", InterviewWorld.weekly(acme.interviewer().id(), 2, "09:00", "10:00"),
                recruiter)).position();
        Reply series = ok(api.post(BASE + "/slots/recurring", Map.of("interviewerId", acme.interviewer().id(), "startDate", tuesday.toString(),
                "endDate", tuesday.toString(), "startTime", "09:00", "endTime", "12:00", "daysOfWeek", List.of(2),
                "slotDuration", 60, "maxCandidatesPerSlot", 2, "zone", BERLIN), recruiter));
        String a = world.slot(acme, at(tuesday, "14:00", BERLIN), at(tuesday, "15:00", BERLIN), 1).string("id");
        String b = world.slot(acme, at(tuesday, "16:00", BERLIN), at(tuesday, "17:00", BERLIN), 1).string("id");
        Api.User candidate = world.candidate();
        String booked = world.book(a, world.interview(recruiter, candidate.id()), recruiter).string("id");
        ok(api.post(BASE + "/schedules/" + booked + "/confirm", null, recruiter));
        String moved = ok(api.post(BASE + "/schedules/" + booked + "/reschedule", Map.of("slotId", b), recruiter)).string("id");
        long slotB = ok(api.post(BASE + "/schedules/" + moved + "/confirm", null, recruiter)).position();
        String other = world.book(a, world.interview(recruiter, world.candidate().id()), recruiter).string("id");
        ok(api.post(BASE + "/schedules/" + other + "/cancel", Map.of("reason", "replay"), recruiter));
        String c = world.slot(acme, at(tuesday, "18:00", BERLIN), at(tuesday, "19:00", BERLIN), 2).string("id");
        world.book(c, world.interview(recruiter, world.candidate().id()), recruiter);
        long cancelled = ok(api.post(BASE + "/slots/" + c + "/cancel", Map.of("reason", "replay"), recruiter)).position();
        long last = ok(api.post(BASE + "/conflicts/" + a + ":unavailable/resolve", Map.of("resolution", "RESOLVED"),
                recruiter)).position();
        world.await(pattern, slotB, cancelled, last);
        world.awaitSeries(series);
        // the tables hold other tests' rows too: all of them must be in before the snapshot
        ProjectionWait.atHead(projections, "interview", Duration.ofSeconds(30));
        List<String> before = snapshot();
        try (Connection connection = pool.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            // damage the read models, so only a real rebuild from the events can give the rows back
            statement.executeUpdate("UPDATE interview_slot_view SET current_bookings = 99, status = 'COMPLETED', "
                    + "cancelled_by = NULL, cancellation_reason = NULL");
            statement.executeUpdate("DELETE FROM interview_schedule_view");
        }
        assertFalse(before.equals(snapshot()));

        assertEquals(202, api.post("/api/v1/admin/projections/interview/replay", null, admin).status());
        Reply caughtUp = api.get(BASE + "/schedules?minPosition=" + last, admin);
        for (int attempt = 0; attempt < 10 && caughtUp.status() == 503; attempt++) {
            caughtUp = api.get(BASE + "/schedules?minPosition=" + last, admin); // each waits up to the read bound
        }
        assertEquals(200, caughtUp.status(), caughtUp.toString());
        assertEquals(before, snapshot());
        Map<String, Object> interview = api.get(BASE + "/" + api.get(BASE + "/schedules", admin).list().stream()
                .filter(s -> moved.equals(s.get("scheduleId"))).findFirst().orElseThrow().get("interviewId"), admin).json();
        assertEquals(moved, interview.get("scheduleId"), "the rescheduled interview keeps its new booking's times");
    }

    private List<String> snapshot() throws SQLException {
        List<String> rows = ReadModelRows.of(pool.dataSource(), InterviewProjection.TABLES, "1");
        assertFalse(rows.isEmpty());
        return rows;
    }
}
