package com.slotledger.app.timetable;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.slotledger.app.timetable.TimetableWorld.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Course groups over HTTP: generation (idempotent, force), exceptions and their regeneration, room conflicts,
 * one-off and cancelled sessions, inactive groups, today's sessions. "Now" is Monday 1 March 2027, 08:00 UTC.
 */
@MicronautTest(transactional = false)
class TimetableFlowTest extends IntegrationTest {

    static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
    static final String BERLIN = "Europe/Berlin";

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
    void generationIsIdempotentAndMovesChangedSessionsOnlyWithForce() {
        String room = world.room();
        String group = world.createGroup(TimetableWorld.group(semester, room, "MON", "10:00", "12:00", BERLIN));

        Reply first = world.generate(group, "2027-03-01", "2027-03-28", false);
        assertEquals(4, first.json().get("created"), first.toString());
        List<Map<String, Object>> sessions = world.sessions("courseGroupId=" + group);
        assertEquals(List.of("2027-03-01", "2027-03-08", "2027-03-15", "2027-03-22"), field(sessions, "date"));
        assertEquals(List.of("10:00:00"), distinct(sessions, "localStart"));
        assertEquals("2027-03-01T09:00:00Z", sessions.get(0).get("startsAt"));
        assertEquals("GENERATED", sessions.get(0).get("kind"));

        Reply again = world.generate(group, "2027-03-01", "2027-03-28", true);
        assertEquals(List.of(0, 0, 0, 4), counts(again));
        assertEquals(List.of(), again.json().get("skipped"));

        world.ok(api.put(T + "/course-groups/" + group, Map.of("day", "MON", "startTime", "11:00", "endTime", "13:00",
                "roomId", room, "zone", BERLIN), admin));
        Reply unforced = world.generate(group, "2027-03-01", "2027-03-28", false);
        assertEquals(List.of(0, 0, 0, 0), counts(unforced));
        assertEquals(List.of("TIMES_CHANGED"), distinct(skipped(unforced), "reason"));
        assertEquals(4, skipped(unforced).size());
        assertEquals(List.of("10:00:00"), distinct(world.sessions("courseGroupId=" + group), "localStart"));

        Reply forced = world.generate(group, "2027-03-01", "2027-03-28", true);
        assertEquals(List.of(0, 4, 0, 0), counts(forced));
        List<Map<String, Object>> moved = world.sessions("courseGroupId=" + group);
        assertEquals(field(sessions, "sessionId"), field(moved, "sessionId"), "moved, not recreated");
        assertEquals(List.of("11:00:00"), distinct(moved, "localStart"));

        world.ok(api.put(T + "/course-groups/" + group, Map.of("day", "tuesday", "startTime", "11:00",
                "endTime", "13:00", "roomId", room, "zone", BERLIN), admin));
        Reply dayChanged = world.generate(group, "2027-03-01", "2027-03-28", false);
        assertEquals(List.of(4, 0, 0, 0), counts(dayChanged));
        assertEquals(List.of("NO_LONGER_SCHEDULED"), distinct(skipped(dayChanged), "reason"));
        Reply cleaned = world.generate(group, "2027-03-01", "2027-03-28", true);
        assertEquals(List.of(0, 0, 4, 4), counts(cleaned));
        assertEquals(List.of("2027-03-02", "2027-03-09", "2027-03-16", "2027-03-23"),
                field(world.sessions("courseGroupId=" + group), "date"));
    }

    @Test
    void exceptionsRegenerateTheirDateAndSurviveRegeneration() {
        String room = world.room();
        String otherRoom = world.room();
        String group = world.createGroup(TimetableWorld.group(semester, room, "MON", "10:00", "12:00", BERLIN));
        world.generate(group, "2027-03-01", "2027-03-28", false);

        Reply wrongDay = api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-03-09",
                "cancelled", true), admin);
        assertEquals(409, wrongDay.status());
        assertEquals("DATE_NOT_IN_SCHEDULE", wrongDay.string("code"));
        assertEquals("DATE_IN_PAST", api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-02-22",
                "cancelled", true), admin).string("code"));
        assertEquals("VALIDATION_FAILED", api.post(T + "/exceptions", Map.of("courseGroupId", group,
                "date", "2027-03-08"), admin).string("code"), "an exception that changes nothing");

        String cancelled = world.ok(api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-03-08",
                "cancelled", true, "notes", "holiday"), admin)).string("id");
        assertEquals(List.of("2027-03-01", "2027-03-15", "2027-03-22"), field(world.sessions("courseGroupId=" + group), "date"));
        Map<String, Object> removed = world.sessions("courseGroupId=" + group + "&includeCancelled=true").get(1);
        assertEquals(false, removed.get("active"));
        assertEquals("EXCEPTION_CANCELLED", removed.get("cancelReason"));
        Reply duplicate = api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-03-08",
                "roomId", otherRoom), admin);
        assertEquals("EXCEPTION_EXISTS", duplicate.string("code"));

        Map<String, Object> override = new HashMap<>(Map.of("courseGroupId", group, "date", "2027-03-15",
                "roomId", otherRoom, "startTime", "14:00", "endTime", "15:00"));
        String moved = world.ok(api.post(T + "/exceptions", override, admin)).string("id");
        Map<String, Object> fifteenth = sessionOn(group, "2027-03-15");
        assertEquals(otherRoom, fifteenth.get("roomId"));
        assertEquals("14:00:00", fifteenth.get("localStart"));
        assertEquals(true, fifteenth.get("overridden"));
        assertEquals(moved, fifteenth.get("exceptionId"));

        for (boolean force : List.of(false, true)) {
            Reply regenerated = world.generate(group, "2027-03-01", "2027-03-28", force);
            assertEquals(List.of(0, 0, 0, 3), counts(regenerated), regenerated.toString());
            assertEquals(List.of("EXCEPTION_CANCELLED"), distinct(skipped(regenerated), "reason"));
        }
        assertEquals(otherRoom, sessionOn(group, "2027-03-15").get("roomId"));

        world.ok(api.put(T + "/exceptions/" + cancelled, Map.of("startTime", "09:00", "notes", "early"), admin));
        Map<String, Object> back = sessionOn(group, "2027-03-08");
        assertEquals("09:00:00", back.get("localStart"));
        assertEquals(room, back.get("roomId"));

        world.ok(api.delete(T + "/exceptions/" + moved, admin));
        Map<String, Object> restored = sessionOn(group, "2027-03-15");
        assertEquals(room, restored.get("roomId"));
        assertEquals("10:00:00", restored.get("localStart"));
        assertEquals(false, restored.get("overridden"));
        assertEquals(fifteenth.get("sessionId"), restored.get("sessionId"));

        List<Map<String, Object>> exceptions = world.ok(api.get(T + "/exceptions?courseGroupId=" + group
                + "&minPosition=" + world.position, admin)).list();
        assertEquals(List.of(cancelled), field(exceptions, "exceptionId"));
        Map<String, Object> one = world.ok(api.get(T + "/exceptions/" + cancelled, admin)).json();
        assertEquals(false, one.get("cancelled"));
        assertEquals("early", one.get("notes"));
        assertEquals(404, api.get(T + "/exceptions/nope", admin).status());
        assertEquals("EXCEPTION_NOT_FOUND", api.delete(T + "/exceptions/" + moved, admin).string("code"));
    }

    @Test
    void anOccurrenceWhoseRoomIsHeldIsLeftOutWholeAndReported() {
        String room = world.room();
        String otherRoom = world.room();
        String exam = world.ok(api.post("/api/v1/slots", Map.of("semesterId", semester, "roomId", room,
                "startsAt", "2027-03-15T09:30:00Z", "endsAt", "2027-03-15T10:30:00Z", "zone", BERLIN,
                "category", "FINAL_EXAM"), admin)).string("id");
        String group = world.createGroup(TimetableWorld.group(semester, room, "MON", "10:00", "12:00", BERLIN));

        Reply generated = world.generate(group, "2027-03-01", "2027-03-28", false);
        assertEquals(3, generated.json().get("created"));
        List<Map<String, Object>> conflicts = list(generated, "conflicts");
        assertEquals(1, conflicts.size());
        assertEquals("2027-03-15", conflicts.get(0).get("date"));
        assertEquals(exam, conflicts.get(0).get("conflictingSlotId"));
        assertEquals(List.of("2027-03-01", "2027-03-08", "2027-03-22"), field(world.sessions("courseGroupId=" + group), "date"));

        String neighbour = world.createGroup(TimetableWorld.group(semester, otherRoom, "MON", "11:00", "12:30", BERLIN));
        world.generate(neighbour, "2027-03-22", "2027-03-22", false);
        Reply clash = api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-03-22",
                "roomId", otherRoom), admin);
        assertEquals(409, clash.status());
        assertEquals("SLOT_OVERLAP", clash.string("code"));
        assertEquals(room, sessionOn(group, "2027-03-22").get("roomId"));
        assertTrue(world.ok(api.get(T + "/exceptions?courseGroupId=" + group + "&minPosition=" + world.position, admin))
                .list().isEmpty(), "the refused exception was not kept");

        List<Map<String, Object>> schedule = world.ok(api.get(T + "/rooms/" + room + "/schedule?from=2027-03-15&to=2027-03-22"
                + "&minPosition=" + world.position, admin)).list();
        assertEquals(List.of(exam, sessionOn(group, "2027-03-22").get("sessionId")), field(schedule, "slotId"));
        assertEquals("FINAL_EXAM", schedule.get(0).get("category"));
        assertEquals(group, schedule.get(1).get("courseGroupId"));

        world.ok(api.delete("/api/v1/slots/" + exam + "?reason=moved", admin));
        Reply filled = world.generate(group, "2027-03-01", "2027-03-28", false);
        assertEquals(List.of(1, 0, 0, 3), counts(filled));
    }

    @Test
    void twoGroupsGeneratingIntoOneRoomAtOnceGetEachDateOnce() throws Exception {
        String room = world.room();
        String first = world.createGroup(TimetableWorld.group(semester, room, "MON", "10:00", "12:00", BERLIN));
        String second = world.createGroup(TimetableWorld.group(semester, room, "MON", "11:00", "13:00", BERLIN));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Reply>> replies = new ArrayList<>();
        for (String group : List.of(first, second)) {
            replies.add(pool.submit(() -> world.generate(group, "2027-03-01", "2027-04-25", false)));
        }
        int created = 0;
        int conflicts = 0;
        for (Future<Reply> reply : replies) {
            created += (Integer) reply.get().json().get("created");
            conflicts += list(reply.get(), "conflicts").size();
        }
        pool.shutdown();
        assertEquals(8, created, "one session per Monday in the room");
        assertEquals(8, conflicts, "every other occurrence reported, none half-written");
        List<Map<String, Object>> held = world.ok(api.get(T + "/rooms/" + room + "/schedule?from=2027-03-01&to=2027-04-25"
                + "&minPosition=" + world.position, admin)).list();
        assertEquals(8, held.size());
        assertEquals(8, held.stream().map(h -> h.get("date")).distinct().count());
    }

    /**
     * The crossing case: each group moves its own sessions (with force) into the dates the other then creates on,
     * so without one order of taking the room each would wait for the other, a deadlock PostgreSQL answers by
     * aborting one of them. Every answer is a report; every Monday ends up held once.
     */
    @Test
    void twoOverlappingForcedGenerationsRacingNeverFailAndHoldEachDateOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String room = world.room();
                String first = world.createGroup(TimetableWorld.group(semester, room, "MON", "10:00", "12:00", BERLIN));
                String second = world.createGroup(TimetableWorld.group(semester, room, "MON", "14:00", "16:00", BERLIN));
                world.generate(first, "2027-03-29", "2027-04-25", false);
                world.generate(second, "2027-03-01", "2027-03-28", false);
                world.ok(api.put(T + "/course-groups/" + first, Map.of("day", "MON", "startTime", "10:30",
                        "endTime", "12:30", "roomId", room, "zone", BERLIN), admin));
                world.ok(api.put(T + "/course-groups/" + second, Map.of("day", "MON", "startTime", "11:00",
                        "endTime", "13:00", "roomId", room, "zone", BERLIN), admin));

                List<Future<Reply>> replies = new ArrayList<>();
                for (String group : List.of(first, second)) {
                    replies.add(pool.submit(() -> api.post(T + "/sessions/generate", Map.of("courseGroupId", group,
                            "startDate", "2027-03-01", "endDate", "2027-04-25", "force", true), admin)));
                }
                int held = 0;
                List<Map<String, Object>> conflicts = new ArrayList<>();
                for (Future<Reply> future : replies) {
                    Reply reply = world.ok(future.get());
                    held += (Integer) reply.json().get("created") + (Integer) reply.json().get("updated");
                    conflicts.addAll(list(reply, "conflicts"));
                }
                assertEquals(8, held, "each Monday moved or created once");
                assertEquals(8, conflicts.size(), "the other group's occurrence of each Monday reported");
                long unmoved = conflicts.stream().filter(c -> c.get("action").equals("MOVE")).count();
                List<Map<String, Object>> schedule = world.ok(api.get(T + "/rooms/" + room
                        + "/schedule?from=2027-03-01&to=2027-04-25&minPosition=" + world.position, admin)).list();
                assertEquals(8 + unmoved, schedule.size(), "a session whose move was refused stays where it was");
                for (int i = 1; i < schedule.size(); i++) {
                    assertTrue(Instant.parse((String) schedule.get(i - 1).get("endsAt"))
                            .compareTo(Instant.parse((String) schedule.get(i).get("startsAt"))) <= 0,
                            "no two sessions overlap in the room: " + schedule);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void oneOffSessionsAndCancelledSessions() {
        String room = world.room();
        String group = world.createGroup(TimetableWorld.group(semester, room, "MON", "10:00", "12:00", BERLIN));
        world.generate(group, "2027-03-01", "2027-03-14", false);

        Map<String, Object> extra = Map.of("courseGroupId", group, "date", "2027-03-03", "startTime", "14:00",
                "endTime", "15:30");
        String oneOff = world.ok(api.post(T + "/sessions", extra, admin)).string("id");
        Reply clash = api.post(T + "/sessions", Map.of("courseGroupId", group, "date", "2027-03-03",
                "startTime", "15:00", "endTime", "16:00"), admin);
        assertEquals("SLOT_OVERLAP", clash.string("code"));
        Map<String, Object> read = world.ok(api.get(T + "/sessions/" + oneOff + "?minPosition=" + world.position, admin)).json();
        assertEquals("ONE_OFF", read.get("kind"));
        assertEquals("14:00:00", read.get("localStart"));
        assertEquals(3, world.sessions("courseGroupId=" + group).size());

        world.ok(api.delete(T + "/sessions/" + oneOff + "?reason=ill", admin));
        assertEquals("SESSION_NOT_LIVE", api.delete(T + "/sessions/" + oneOff, admin).string("code"));
        assertEquals("SESSION_NOT_FOUND", api.delete(T + "/sessions/nope", admin).string("code"));

        String eighth = (String) sessionOn(group, "2027-03-08").get("sessionId");
        world.ok(api.delete(T + "/sessions/" + eighth + "?reason=strike", admin));
        List<Map<String, Object>> exceptions = world.ok(api.get(T + "/exceptions?courseGroupId=" + group
                + "&minPosition=" + world.position, admin)).list();
        assertEquals(1, exceptions.size(), "a generated session is cancelled through an exception");
        assertEquals(true, exceptions.get(0).get("cancelled"));
        assertEquals("strike", exceptions.get(0).get("notes"));
        Reply regenerated = world.generate(group, "2027-03-01", "2027-03-14", true);
        assertEquals(List.of(0, 0, 0, 1), counts(regenerated));
        assertEquals(List.of("2027-03-01"), field(world.sessions("courseGroupId=" + group), "date"));
    }

    @Test
    void anInactiveGroupGeneratesNothingAndFreesItsFutureRooms() {
        String room = world.room();
        String group = world.createGroup(TimetableWorld.group(semester, room, "MON", "10:00", "12:00", BERLIN));
        world.generate(group, "2027-03-01", "2027-03-21", false);
        clock.set(Instant.parse("2027-03-01T10:00:00Z"));

        world.ok(api.delete(T + "/course-groups/" + group + "?reason=merged", admin));
        List<Map<String, Object>> all = world.sessions("courseGroupId=" + group + "&includeCancelled=true");
        assertEquals(List.of(true, false, false), field(all, "active"), "the session under way stays");
        assertEquals("GROUP_DEACTIVATED", all.get(1).get("cancelReason"));

        Reply generated = world.generate(group, "2027-03-01", "2027-03-28", true);
        assertEquals(List.of(0, 0, 0, 0), counts(generated));
        assertEquals(List.of("GROUP_INACTIVE"), distinct(skipped(generated), "reason"));
        assertEquals("COURSE_GROUP_INACTIVE", api.post(T + "/exceptions", Map.of("courseGroupId", group,
                "date", "2027-03-15", "cancelled", true), admin).string("code"));
        assertEquals("COURSE_GROUP_INACTIVE", api.delete(T + "/course-groups/" + group, admin).string("code"));
        Map<String, Object> view = world.ok(api.get(T + "/course-groups/" + group + "?minPosition=" + world.position,
                admin)).json();
        assertEquals(false, view.get("active"));
        assertEquals("merged", view.get("deactivationReason"));

        Reply everyGroup = world.ok(api.post(T + "/sessions/generate", Map.of("weeks", 1), admin));
        assertFalse(skipped(everyGroup).stream().anyMatch(s -> group.equals(s.get("courseGroupId"))),
                "generating every group leaves inactive groups out");
    }

    @Test
    void todayIsTheDateInEachGroupsOwnZone() {
        clock.set(Instant.parse("2027-03-01T06:00:00Z")); // Paris Mon 07:00, Los Angeles Sun 22:00, Auckland Mon 19:00
        String paris = world.createGroup(TimetableWorld.group(semester, world.room(), "MON", "10:00", "11:00", "Europe/Paris"));
        String angeles = world.createGroup(TimetableWorld.group(semester, world.room(), "SUN", "23:00", "23:30", "America/Los_Angeles"));
        String auckland = world.createGroup(TimetableWorld.group(semester, world.room(), "TUE", "08:00", "09:00", "Pacific/Auckland"));
        for (String group : List.of(paris, angeles, auckland)) {
            assertEquals(1, world.ok(api.post(T + "/sessions/generate", Map.of("courseGroupId", group, "weeks", 1),
                    admin)).json().get("created"));
        }
        List<Map<String, Object>> today = world.ok(api.get(T + "/sessions/today?minPosition=" + world.position, admin)).list();
        List<Object> groups = field(today, "courseGroupId");
        assertTrue(groups.contains(paris) && groups.contains(angeles), today.toString());
        assertFalse(groups.contains(auckland), "Tuesday in Auckland is tomorrow there");
        assertEquals("2027-02-28", today.get(groups.indexOf(angeles)).get("date"));
    }

    @Test
    void generatedSessionsAreLectureSlotsThatTakeAttendance() {
        String group = world.createGroup(TimetableWorld.group(semester, world.room(), "MON", "10:00", "12:00", BERLIN));
        world.generate(group, "2027-03-08", "2027-03-08", false);
        String session = (String) sessionOn(group, "2027-03-08").get("sessionId");

        Api.User student = api.user(admin, Set.of("CANDIDATE"), null);
        world.ok(api.post("/api/v1/students", Map.of("userId", student.id(), "rollNumber", TimetableWorld.unique("R"),
                "name", "Student"), admin));
        // the sitting's own command on the session's slot: its receipt is a position of that slot's stream
        long roster = world.ok(api.post("/api/v1/slots/" + session + "/attendees",
                Map.of("studentUserIds", List.of(student.id())), admin)).position();

        Map<String, Object> slot = world.ok(api.get("/api/v1/slots/" + session + "?minPosition=" + roster, admin)).json();
        assertEquals("LECTURE", slot.get("category"));
        assertEquals("COURSE_GROUP", slot.get("sourceType"));
        assertEquals(group, slot.get("sourceId"));
        assertEquals(Boolean.TRUE, slot.get("active"));
        List<Object> types = field(world.ok(api.get("/api/v1/audit/aggregates/" + session + "/events", admin)).list(), "type");
        assertEquals(List.of("SlotScheduled", "AttendanceOpened"), types, "a regular attendance record, NOT_YET");
    }

    @Test
    void badRequestsAreProblems() {
        String room = world.room();
        Map<String, Object> badDay = TimetableWorld.group(semester, room, "MOONDAY", "10:00", "12:00", BERLIN);
        assertEquals("VALIDATION_FAILED", api.post(T + "/course-groups", badDay, admin).string("code"));
        assertEquals("INVALID_SCHEDULE", api.post(T + "/course-groups",
                TimetableWorld.group(semester, room, "MON", "12:00", "10:00", BERLIN), admin).string("code"));
        assertEquals("VALIDATION_FAILED", api.post(T + "/course-groups",
                TimetableWorld.group(semester, room, "MON", "10:00", "12:00", "Mars/Olympus"), admin).string("code"));
        assertEquals("REFERENCE_NOT_FOUND", api.post(T + "/course-groups",
                TimetableWorld.group(semester, "no-room", "MON", "10:00", "12:00", BERLIN), admin).string("code"));
        Map<String, Object> named = TimetableWorld.group(semester, room, "MON", "10:00", "12:00", BERLIN);
        world.createGroup(named);
        assertEquals("COURSE_GROUP_NAME_TAKEN", api.post(T + "/course-groups", named, admin).string("code"));
        assertEquals(400, api.post(T + "/course-groups", Map.of("name", "x"), admin).status());
        assertEquals("COURSE_GROUP_NOT_FOUND", api.post(T + "/sessions/generate", Map.of("courseGroupId", "nope"),
                admin).string("code"));
        assertEquals("VALIDATION_FAILED", api.post(T + "/sessions/generate", Map.of("weeks", 2,
                "startDate", "2027-03-01", "endDate", "2027-03-08"), admin).string("code"));
        assertEquals("VALIDATION_FAILED", api.post(T + "/sessions/generate", Map.of("startDate", "2027-03-01",
                "endDate", "2030-03-08"), admin).string("code"));
        assertEquals(400, api.post(T + "/sessions/generate", Map.of("weeks", 0), admin).status());
        assertEquals("VALIDATION_FAILED", api.get(T + "/sessions?from=tomorrow", admin).string("code"));
        assertEquals(404, api.get(T + "/course-groups/nope", admin).status());
        assertEquals(404, api.get(T + "/sessions/nope", admin).status());
    }

    private Map<String, Object> sessionOn(String group, String date) {
        return world.sessions("courseGroupId=" + group + "&from=" + date + "&to=" + date).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no session on " + date));
    }

    static List<Object> field(List<Map<String, Object>> rows, String name) {
        return rows.stream().map(row -> row.get(name)).toList();
    }

    static List<Object> distinct(List<Map<String, Object>> rows, String name) {
        return rows.stream().map(row -> row.get(name)).distinct().toList();
    }

    /** created, updated, deleted, unchanged */
    static List<Object> counts(Reply reply) {
        return List.of(reply.json().get("created"), reply.json().get("updated"), reply.json().get("deleted"),
                reply.json().get("unchanged"));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Reply reply, String field) {
        return (List<Map<String, Object>>) reply.json().get(field);
    }

    static List<Map<String, Object>> skipped(Reply reply) {
        return list(reply, "skipped");
    }
}
