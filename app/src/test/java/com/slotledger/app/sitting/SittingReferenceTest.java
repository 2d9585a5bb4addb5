package com.slotledger.app.sitting;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reference data: create, revise, soft delete with who and when, unique natural keys among live records. */
@MicronautTest(transactional = false)
class SittingReferenceTest extends IntegrationTest {

    SittingWorld world;

    @BeforeAll
    void setUp() {
        signIn();
        world = new SittingWorld(api, admin);
    }

    @Test
    void aSemesterIsDefinedRevisedAndRetiredWithWhoAndWhen() {
        String code = SittingWorld.unique("FA");
        String id = world.semester(code);
        Reply read = api.get("/api/v1/semesters/" + id + "?minPosition=" + world.referencePosition, admin);
        assertEquals(200, read.status(), read.toString());
        assertEquals(code, read.string("code"));
        assertEquals("2026-09-01", read.string("startDate"));

        world.reference(api.put("/api/v1/semesters/" + id, Map.of("code", code + "X", "startDate", "2026-09-02", "endDate", "2026-12-20"), admin));
        read = api.get("/api/v1/semesters/" + id + "?minPosition=" + world.referencePosition, admin);
        assertEquals(code + "X", read.string("code"));
        assertNotNull(read.string("updatedAt"));

        world.reference(api.delete("/api/v1/semesters/" + id, admin));
        read = api.get("/api/v1/semesters/" + id + "?minPosition=" + world.referencePosition, admin);
        assertNotNull(read.string("retiredAt"));
        assertNotNull(read.string("retiredBy"));
        assertTrue(api.get("/api/v1/semesters", admin).list().stream().noneMatch(row -> id.equals(row.get("semesterId"))));
        assertTrue(api.get("/api/v1/semesters?includeRetired=true", admin).list().stream().anyMatch(row -> id.equals(row.get("semesterId"))));

        Reply again = api.delete("/api/v1/semesters/" + id, admin);
        assertEquals(409, again.status());
        assertEquals("REFERENCE_RETIRED", again.string("code"));
        Reply revise = api.put("/api/v1/semesters/" + id, Map.of("code", code, "startDate", "2026-09-02", "endDate", "2026-12-20"), admin);
        assertEquals("REFERENCE_RETIRED", revise.string("code"));
    }

    @Test
    void naturalKeysAreUniqueAmongLiveRecordsOnly() {
        String name = SittingWorld.unique("R");
        String room = world.room(name);
        Reply duplicate = api.post("/api/v1/rooms", Map.of("name", name, "capacity", 10), admin);
        assertEquals(409, duplicate.status());
        assertEquals("REFERENCE_KEY_TAKEN", duplicate.string("code"));
        world.reference(api.delete("/api/v1/rooms/" + room, admin));
        assertEquals(201, api.post("/api/v1/rooms", Map.of("name", name, "capacity", 10), admin).status());

        String code = SittingWorld.unique("S");
        world.subject(code);
        String other = world.subject(code + "2");
        Reply rekey = api.put("/api/v1/subjects/" + other, Map.of("code", code, "name", "clash"), admin);
        assertEquals("REFERENCE_KEY_TAKEN", rekey.string("code"));
    }

    @Test
    void studentsAreAccountsWithRollNumbersAndEnrolInSubjects() {
        String semester = world.semester(SittingWorld.unique("SP"));
        String subject = world.subject(SittingWorld.unique("PRF"));
        String roll = SittingWorld.unique("SE");
        Api.User student = world.student(roll);
        Reply duplicateRoll = api.post("/api/v1/students", Map.of("userId", api.user(admin, java.util.Set.of("CANDIDATE"), null).id(),
                "rollNumber", roll, "name", "Twin"), admin);
        assertEquals("REFERENCE_KEY_TAKEN", duplicateRoll.string("code"));

        world.enrol(student.id(), subject, semester);
        Reply twice = api.post("/api/v1/enrolments", Map.of("studentId", student.id(), "subjectId", subject, "semesterId", semester), admin);
        assertEquals("REFERENCE_KEY_TAKEN", twice.string("code"));
        Reply unknown = api.post("/api/v1/enrolments", Map.of("studentId", student.id(), "subjectId", "nope", "semesterId", semester), admin);
        assertEquals(404, unknown.status());
        assertEquals("REFERENCE_NOT_FOUND", unknown.string("code"));

        List<Map<String, Object>> enrolments = api.get("/api/v1/enrolments?studentId=" + student.id() + "&minPosition=" + world.referencePosition, admin).list();
        assertEquals(1, enrolments.size());
        assertEquals(subject, enrolments.get(0).get("subjectId"));
        assertEquals(roll, api.get("/api/v1/students/" + student.id(), admin).string("rollNumber"));

        world.supervisor();
        assertTrue(api.get("/api/v1/staff?minPosition=" + world.referencePosition, admin).list().size() >= 1);
    }

    @Test
    void badInputIsAProblemNotAFailure() {
        Reply blank = api.post("/api/v1/semesters", Map.of("code", "", "startDate", "2026-09-01", "endDate", "2026-12-31"), admin);
        assertEquals(400, blank.status());
        assertEquals("VALIDATION_FAILED", blank.string("code"));
        Reply backwards = api.post("/api/v1/semesters", Map.of("code", "X1", "startDate", "2026-12-01", "endDate", "2026-09-01"), admin);
        assertEquals(400, backwards.status());
        Reply badDate = api.post("/api/v1/semesters", Map.of("code", "X1", "startDate", "first of may", "endDate", "2026-09-01"), admin);
        assertEquals(400, badDate.status(), badDate.toString());
        Reply badKind = api.post("/api/v1/staff", Map.of("userId", "u", "name", "n", "kind", "JANITOR"), admin);
        assertEquals(400, badKind.status(), badKind.toString());
        assertEquals(404, api.get("/api/v1/rooms/nope", admin).status());
        assertEquals(404, api.delete("/api/v1/rooms/" + java.util.UUID.randomUUID(), admin).status());
    }
}
