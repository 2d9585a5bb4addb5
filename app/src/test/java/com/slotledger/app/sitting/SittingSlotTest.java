package com.slotledger.app.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.sitting.SlotCategory;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import com.slotledger.api.sitting.SlotCommands.SlotSource;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.command.shared.CommandDispatcher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slots over HTTP and from another feature's handler: the database's room rules, filters, cancel, reschedule. */
@MicronautTest(transactional = false)
class SittingSlotTest extends IntegrationTest {

    @Inject
    CommandDispatcher dispatcher;

    SittingWorld world;
    String semester;
    Api.User supervisor;

    @BeforeAll
    void setUp() {
        signIn();
        world = new SittingWorld(api, admin);
        semester = world.semester(SittingWorld.unique("FA"));
        supervisor = world.supervisor();
    }

    @Test
    void aRoomHoldsOneSlotAtATime() {
        String room = world.room(SittingWorld.unique("R"));
        String first = world.slot(semester, room, "2026-12-01T08:00:00Z", "2026-12-01T10:00:00Z", "FINAL_EXAM", List.of(supervisor.id()));

        Reply sameStart = api.post("/api/v1/slots", world.slotBody(semester, room, "2026-12-01T08:00:00Z", "2026-12-01T09:00:00Z", "LECTURE", List.of()), admin);
        assertEquals(409, sameStart.status());
        assertEquals("SLOT_TAKEN", sameStart.string("code"));
        Reply overlap = api.post("/api/v1/slots", world.slotBody(semester, room, "2026-12-01T09:59:00Z", "2026-12-01T11:00:00Z", "LECTURE", List.of()), admin);
        assertEquals(409, overlap.status());
        assertEquals("SLOT_OVERLAP", overlap.string("code"));
        String adjacent = world.slot(semester, room, "2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z", "LECTURE", List.of());

        Reply moveOnto = api.put("/api/v1/slots/" + adjacent, Map.of("roomId", room, "startsAt", "2026-12-01T09:30:00Z",
                "endsAt", "2026-12-01T10:30:00Z", "zone", "Europe/Berlin"), admin);
        assertEquals("SLOT_OVERLAP", moveOnto.string("code"));

        long cancel = world.ok(api.delete("/api/v1/slots/" + first + "?reason=flood", admin)).position();
        world.slot(semester, room, "2026-12-01T08:00:00Z", "2026-12-01T09:00:00Z", "LECTURE", List.of());
        Reply cancelled = api.get("/api/v1/slots/" + first + "?minPosition=" + cancel, admin);
        assertEquals(false, cancelled.json().get("active"));
        assertEquals("flood", cancelled.string("cancelReason"));
        assertEquals("SLOT_INACTIVE", api.delete("/api/v1/slots/" + first, admin).string("code"));
    }

    @Test
    void generatedSessionsFromAnotherFeatureObeyTheSameRoomRules() {
        String room = world.room(SittingWorld.unique("R"));
        world.slot(semester, room, "2026-12-02T08:00:00Z", "2026-12-02T10:00:00Z", "FINAL_EXAM", List.of());
        ScheduleSlot generated = new ScheduleSlot(UUID.randomUUID().toString(), semester, room,
                Instant.parse("2026-12-02T09:00:00Z"), Instant.parse("2026-12-02T10:30:00Z"), ZoneId.of("Europe/Berlin"),
                SlotCategory.LECTURE, List.of(), null, new SlotSource("COURSE_GROUP", "cg-1"), "timetable", Instant.now());
        try {
            dispatcher.send(generated, Actor.system("test"));
            throw new AssertionError("the overlap was accepted");
        } catch (DomainRejection e) {
            assertEquals("SLOT_OVERLAP", e.code().name());
        }
    }

    @Test
    void racingSchedulersOnOneRoomLeaveExactlyOneSlot() throws Exception {
        String room = world.room(SittingWorld.unique("R"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String start = "2026-12-03T08:" + String.format("%02d", i) + ":00Z";
            replies.add(pool.submit(() -> api.post("/api/v1/slots",
                    world.slotBody(semester, room, start, "2026-12-03T10:00:00Z", "LECTURE", List.of()), admin)));
        }
        int created = 0;
        for (Future<Reply> reply : replies) {
            Reply r = reply.get();
            if (r.status() == 201) {
                created++;
            } else {
                assertTrue(List.of("SLOT_OVERLAP", "SLOT_TAKEN").contains(r.string("code")), r.toString());
            }
        }
        pool.shutdown();
        assertEquals(1, created);
    }

    @Test
    void slotsAreFilteredBySemesterTimeCategoryAndSupervisor() {
        String room = world.room(SittingWorld.unique("R"));
        String otherSemester = world.semester(SittingWorld.unique("SU"));
        String exam = world.slot(semester, room, "2026-12-10T08:00:00Z", "2026-12-10T10:00:00Z", "FINAL_EXAM", List.of(supervisor.id()));
        String lecture = world.slot(otherSemester, room, "2026-12-10T12:00:00Z", "2026-12-10T14:00:00Z", "LECTURE", List.of());
        String wait = "&minPosition=" + world.position;

        List<String> bySupervisor = ids(api.get("/api/v1/slots?supervisor=" + supervisor.id() + wait, admin));
        assertTrue(bySupervisor.contains(exam) && !bySupervisor.contains(lecture));
        assertEquals(List.of(lecture), ids(api.get("/api/v1/slots?semester=" + otherSemester + "&room=" + room + wait, admin)));
        assertEquals(List.of(exam), ids(api.get("/api/v1/slots?room=" + room + "&category=final_exam" + wait, admin)));
        assertEquals(List.of(lecture), ids(api.get("/api/v1/slots?room=" + room + "&from=2026-12-10T10:00:00Z&to=2026-12-11T00:00:00Z" + wait, admin)));
        assertEquals(List.of(exam, lecture), ids(api.get("/api/v1/slots?room=" + room + wait, admin)));

        assertEquals(List.of(exam), ids(api.get("/api/v1/slots?room=" + room + wait, supervisor.token())));
        assertEquals(403, api.get("/api/v1/slots/" + lecture, supervisor.token()).status());
        Map<String, Object> read = api.get("/api/v1/slots/" + exam, supervisor.token()).json();
        assertEquals("Europe/Berlin", read.get("zone"));
        assertEquals(List.of(supervisor.id()), read.get("supervisorIds"));
    }

    @Test
    void badSlotsAreProblems() {
        String room = world.room(SittingWorld.unique("R"));
        assertEquals("INVALID_SLOT_TIME", api.post("/api/v1/slots", world.slotBody(semester, room,
                "2026-12-05T10:00:00Z", "2026-12-05T09:00:00Z", "LECTURE", List.of()), admin).string("code"));
        Map<String, Object> badZone = world.slotBody(semester, room, "2026-12-05T08:00:00Z", "2026-12-05T09:00:00Z", "LECTURE", List.of());
        badZone.put("zone", "Mars/Olympus");
        assertEquals(400, api.post("/api/v1/slots", badZone, admin).status());
        assertEquals("REFERENCE_NOT_FOUND", api.post("/api/v1/slots", world.slotBody("nope", room,
                "2026-12-05T08:00:00Z", "2026-12-05T09:00:00Z", "LECTURE", List.of()), admin).string("code"));
        assertEquals("REFERENCE_NOT_FOUND", api.post("/api/v1/slots", world.slotBody(semester, room,
                "2026-12-05T08:00:00Z", "2026-12-05T09:00:00Z", "LECTURE", List.of("not-staff")), admin).string("code"));
        assertEquals(400, api.post("/api/v1/slots", world.slotBody(semester, room,
                "yesterday", "2026-12-05T09:00:00Z", "LECTURE", List.of()), admin).status());
        assertEquals(400, api.post("/api/v1/slots", world.slotBody(semester, room,
                "2026-12-05T08:00:00Z", "2026-12-05T09:00:00Z", "SEMINAR", List.of()), admin).status());
        assertEquals(400, api.get("/api/v1/slots?from=tomorrow", admin).status());
        assertEquals(400, api.get("/api/v1/slots?category=SEMINAR", admin).status());
        assertEquals("SLOT_NOT_FOUND", api.get("/api/v1/slots/nope", admin).string("code"));
        assertEquals("SLOT_NOT_FOUND", api.delete("/api/v1/slots/" + UUID.randomUUID(), admin).string("code"));
    }

    private static List<String> ids(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.list().stream().map(row -> (String) row.get("slotId")).toList();
    }
}
