package com.slotledger.app.web;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever a client sends, the answer is a 4xx problem with a stable code, never a 500, and nothing is written. */
@MicronautTest(transactional = false)
class ErrorModelTest extends IntegrationTest {


    @BeforeEach
    void setUp() {
        signIn();
    }

    private Reply raw(String path, String body) {
        return api.send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE), admin);
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals(code, reply.string("code"), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        assertNotNull(reply.string("detail"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(raw("/api/v1/candidates", "{\"name\": "), 400, "MALFORMED_REQUEST");
    }

    @Test
    void unknownFieldsAreRefused() {
        assertProblem(raw("/api/v1/candidates", "{\"name\":\"a\",\"rollNumber\":\"r\",\"trade\":\"t\",\"colour\":\"red\"}"),
                400, "UNKNOWN_FIELD");
    }

    @Test
    void wrongTypesAreRefused() {
        assertProblem(raw("/api/v1/exam-slots/bulk", "{\"action\":\"assign\",\"dryRun\":{\"x\":1}}"), 400, "MALFORMED_REQUEST");
        Reply number = raw("/api/v1/candidates", "{\"name\":\"a\",\"rollNumber\":\"r\",\"trade\":5}");
        assertProblem(number, 400, "MALFORMED_REQUEST");
        assertEquals(List.of(Map.of("field", "trade", "message", "5 is not text")), number.json().get("errors"));
        Reply flag = raw("/api/v1/exam-slots/bulk", "{\"action\":\"assign\",\"dryRun\":\"yes\"}");
        assertProblem(flag, 400, "MALFORMED_REQUEST");
        assertEquals("Field 'dryRun' must be true or false.", flag.string("detail"));
    }

    @Test
    void problemsSpeakInTheClientsTermsNotJavas() {
        Reply unknown = raw("/api/v1/candidates", "{\"name\":\"a\",\"rollNumber\":\"r\",\"trade\":\"t\",\"colour\":1}");
        assertEquals("Unknown field 'colour'.", unknown.string("detail"));
        assertEquals("colour", ((Map<?, ?>) ((List<?>) unknown.json().get("errors")).get(0)).get("field"));
        assertEquals("The body is not valid JSON (line 1, column 10).", raw("/api/v1/candidates", "{\"name\": ").string("detail"));
        Reply status = api.get("/api/v1/candidates?slotStatus=LOST", admin);
        assertProblem(status, 400, "VALIDATION_FAILED");
        assertEquals("Parameter 'slotStatus': 'LOST' is not one of NO_SLOT, AVAILABLE, CONSUMED.", status.string("detail"));
        Reply instant = api.get("/api/v1/audit/events?from=yesterday", admin);
        assertProblem(instant, 400, "VALIDATION_FAILED");
        assertEquals(List.of(Map.of("field", "from", "message", "'yesterday' is not an instant such as 2026-12-01T09:00:00Z")),
                instant.json().get("errors"));
    }

    @Test
    void missingFieldsAreNamedOneByOne() {
        Reply reply = raw("/api/v1/candidates", "{\"name\":\"\"}");
        assertProblem(reply, 400, "VALIDATION_FAILED");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) reply.json().get("errors");
        assertTrue(errors.size() >= 3, reply.toString());
    }

    @Test
    void anUnknownSlotActionIsRefused() {
        assertProblem(raw("/api/v1/candidates/x/exam-slot/teleport", "{}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void anOversizedBodyIsRefused() {
        String big = "{\"name\":\"" + "x".repeat(2_000_000) + "\",\"rollNumber\":\"r\",\"trade\":\"t\"}";
        Reply reply = raw("/api/v1/candidates", big);
        assertEquals(413, reply.status(), reply.toString());
    }

    @Test
    void unknownIdsAndPathsAreNotFound() {
        assertProblem(api.post("/api/v1/candidates/no-such-id/exam-slot/assign", null, admin), 404, "CANDIDATE_NOT_FOUND");
        assertProblem(api.get("/api/v1/candidates/no-such-id", admin), 404, "CANDIDATE_NOT_FOUND");
        assertProblem(api.post("/api/v1/users/no-such-user/disable", null, admin), 404, "NOT_FOUND");
        assertProblem(api.get("/api/v1/nothing-here", admin), 404, "NOT_FOUND");
    }

    @Test
    void aDuplicateRollNumberIsAConflictAndWritesNothing() {
        String roll = Api.unique("DUP");
        assertEquals(201, api.post("/api/v1/candidates", Map.of("name", "A", "rollNumber", roll, "trade", "dup"), admin).status());
        Reply second = api.post("/api/v1/candidates", Map.of("name", "B", "rollNumber", roll, "trade", "dup"), admin);
        assertProblem(second, 409, "ROLL_NUMBER_TAKEN");
        Reply events = api.get("/api/v1/audit/events?type=CandidateRegistered&limit=500", admin);
        assertTrue(events.json().toString().contains(roll));
    }

    @Test
    void aProjectionThatCannotCatchUpAnswers503() {
        Reply reply = api.get("/api/v1/candidates?minPosition=" + Long.MAX_VALUE / 2, admin);
        assertProblem(reply, 503, "PROJECTION_BEHIND");
    }
}
