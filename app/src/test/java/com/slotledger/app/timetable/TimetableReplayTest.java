package com.slotledger.app.timetable;

import com.slotledger.app.database.DatabasePool;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.app.support.ProjectionWait;
import com.slotledger.app.support.ReadModelRows;
import com.slotledger.query.shared.ProjectionStatus;
import com.slotledger.query.shared.Projections;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.slotledger.app.timetable.TimetableWorld.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reset and replay of the timetable projection rebuilds every one of its rows exactly as it was. */
@MicronautTest(transactional = false)
class TimetableReplayTest extends IntegrationTest {

    static final List<String> READ_MODELS = List.of("timetable_group_view", "timetable_exception_view",
            "timetable_slot_view", "timetable_schedule_view");

    final ShiftedClock clock = new ShiftedClock();

    @Inject
    DatabasePool pool;

    @Inject
    Projections projections;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void aReplayRebuildsTheTimetableRowForRow() throws SQLException {
        clock.set(Instant.parse("2027-03-01T06:00:00Z"));
        signIn();
        TimetableWorld world = new TimetableWorld(api, admin);
        String semester = world.semester();
        String room = world.room();
        String otherRoom = world.room();
        world.ok(api.post("/api/v1/slots", Map.of("semesterId", semester, "roomId", room, "startsAt", "2027-03-22T10:30:00Z",
                "endsAt", "2027-03-22T11:30:00Z", "category", "FINAL_EXAM"), admin));
        Map<String, Object> body = new HashMap<>(TimetableWorld.group(semester, room, "MON", "10:00", "12:00", "Europe/Paris"));
        body.put("lecturerId", world.lecturer().id());
        body.put("endsOn", "2027-06-30");
        String group = world.createGroup(body);
        String other = world.createGroup(TimetableWorld.group(semester, otherRoom, "WED", "14:00", "15:00", "America/New_York"));
        world.generate(group, "2027-03-01", "2027-05-31", false);
        world.generate(other, "2027-03-01", "2027-05-31", false);
        String cancelled = world.ok(api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-04-05",
                "cancelled", true), admin)).string("id");
        String moved = world.ok(api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-04-12",
                "roomId", otherRoom, "notes", "lab"), admin)).string("id");
        world.ok(api.put(T + "/exceptions/" + cancelled, Map.of("startTime", "08:00"), admin));
        world.ok(api.delete(T + "/exceptions/" + moved, admin));
        String oneOff = world.ok(api.post(T + "/sessions", Map.of("courseGroupId", group, "date", "2027-03-03",
                "startTime", "09:00", "endTime", "10:00"), admin)).string("id");
        world.ok(api.delete(T + "/sessions/" + oneOff + "?reason=ill", admin));
        world.ok(api.put(T + "/course-groups/" + group, Map.of("day", "MON", "startTime", "13:00", "endTime", "14:30",
                "roomId", room, "zone", "Europe/Paris", "endsOn", "2027-06-30"), admin));
        world.generate(group, "2027-03-01", "2027-05-31", true);
        world.ok(api.delete(T + "/course-groups/" + other + "?reason=closed", admin));
        Reply read = world.ok(api.get(T + "/sessions?minPosition=" + world.position, admin));
        assertTrue(read.list().size() > 10);

        List<String> before = snapshot();
        assertEquals(202, api.post("/api/v1/admin/projections/" + "timetable" + "/replay", null, admin).status());
        ProjectionStatus replayed = ProjectionWait.atHead(projections, "timetable", Duration.ofSeconds(60));
        assertEquals(0, replayed.deadLetters(), replayed.toString());
        assertEquals(before, snapshot());
    }

    private List<String> snapshot() throws SQLException {
        List<String> rows = ReadModelRows.of(pool.dataSource(), READ_MODELS, "1, 2");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("timetable_exception_view")));
        return rows;
    }
}
