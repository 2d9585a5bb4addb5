package com.slotledger.app.entitlement;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ExamSlotFlowTest extends IntegrationTest {


    @BeforeEach
    void setUp() {
        signIn();
    }

    @Test
    void aCandidateEntersTheExamOnceUntilAnAdminReassignsASlot() {
        Api.User operator = api.user(admin, Set.of("DATA_OPERATOR"), null);
        Api.User candidateUser = api.user(admin, Set.of("CANDIDATE"), null);
        String trade = Api.unique("welding");
        Reply registered = api.post("/api/v1/candidates", Map.of("name", "Asha Rao", "rollNumber", Api.unique("R"),
                "trade", trade, "userId", candidateUser.id()), operator.token());
        assertEquals(201, registered.status(), registered.toString());
        String candidateId = registered.string("id");

        Reply noSlot = api.post("/api/v1/exam-access", null, candidateUser.token());
        assertEquals(409, noSlot.status());
        assertEquals("NO_SLOT", noSlot.string("code"));
        assertTrue(noSlot.contentType().startsWith("application/problem+json"), noSlot.contentType());
        assertTrue(noSlot.string("detail").startsWith("No Slot"), noSlot.string("detail"));

        Reply assigned = api.post("/api/v1/candidates/" + candidateId + "/exam-slot/assign", null, operator.token());
        assertEquals(200, assigned.status(), assigned.toString());
        Reply view = api.get("/api/v1/candidates/" + candidateId + "?minPosition=" + assigned.position(), admin);
        assertEquals("AVAILABLE", view.string("slotStatus"));
        assertEquals(operator.id(), view.string("slotAssignedBy"));
        assertNotNull(view.string("slotAssignedAt"));
        assertNull(view.string("slotConsumedAt"));

        Reply entered = api.post("/api/v1/exam-access", null, candidateUser.token());
        assertEquals(200, entered.status(), entered.toString());
        Reply again = api.post("/api/v1/exam-access", null, candidateUser.token());
        assertEquals(409, again.status());
        assertEquals("SLOT_CONSUMED", again.string("code"));

        Reply own = api.get("/api/v1/candidates/" + candidateId + "?minPosition=" + entered.position(), candidateUser.token());
        assertEquals("CONSUMED", own.string("slotStatus"));
        assertEquals(instantIn(event(candidateId, "SlotAssigned"), "assignedAt"),
                instantIn(own.json(), "slotAssignedAt"));
        assertEquals(instantIn(event(candidateId, "SlotConsumed"), "consumedAt"),
                instantIn(own.json(), "slotConsumedAt"));

        Reply assignOverConsumed = api.post("/api/v1/candidates/" + candidateId + "/exam-slot/assign", null, admin);
        assertEquals("SLOT_CONSUMED", assignOverConsumed.string("code"));
        Reply reassigned = api.post("/api/v1/candidates/" + candidateId + "/exam-slot/reassign", null, admin);
        assertEquals(200, reassigned.status());
        assertEquals(200, api.post("/api/v1/exam-access", null, candidateUser.token()).status());
    }

    @Test
    void bulkActionsReportPerCandidateAndADryRunChangesNothing() {
        String trade = Api.unique("plumbing");
        String first = register(trade);
        String second = register(trade);
        long assigned = api.post("/api/v1/candidates/" + first + "/exam-slot/assign", null, admin).position();

        Reply dryRun = api.post("/api/v1/exam-slots/bulk", Map.of("action", "assign", "trade", trade, "dryRun", true), admin);
        assertEquals(200, dryRun.status(), dryRun.toString());
        assertEquals(2, ((Number) dryRun.json().get("total")).intValue());
        assertEquals(1, ((Number) dryRun.json().get("applied")).intValue());
        assertEquals(1, ((Number) dryRun.json().get("refused")).intValue());

        Reply report = api.get("/api/v1/exam-slots/status-report?trade=" + trade + "&minPosition=" + assigned, admin);
        Map<String, Object> counts = castMap(report.json().get("counts"));
        assertEquals(1, ((Number) counts.get("AVAILABLE")).intValue());
        assertEquals(1, ((Number) counts.get("NO_SLOT")).intValue());

        Reply real = api.post("/api/v1/exam-slots/bulk", Map.of("action", "assign", "trade", trade, "dryRun", false), admin);
        assertEquals(1, ((Number) real.json().get("applied")).intValue());
        List<Map<String, Object>> outcomes = castList(real.json().get("outcomes"));
        Map<String, Object> refused = outcomes.stream().filter(o -> o.get("candidateId").equals(first)).findFirst().orElseThrow();
        assertEquals("SLOT_ALREADY_ASSIGNED", refused.get("code"));

        Reply after = api.get("/api/v1/exam-slots/status-report?trade=" + trade + "&minPosition=" + real.position(), admin);
        assertEquals(2, ((Number) castMap(after.json().get("counts")).get("AVAILABLE")).intValue());
        Map<String, Object> applied = outcomes.stream().filter(o -> o.get("candidateId").equals(second)).findFirst().orElseThrow();
        assertEquals("APPLIED", applied.get("outcome"));
    }

    @Test
    void auditorsSeeWhoDidWhatAndTheSlotAsItWas() throws InterruptedException {
        String candidateId = register(Api.unique("masonry"));
        Reply assigned = api.send(HttpRequest.POST("/api/v1/candidates/" + candidateId + "/exam-slot/assign", Map.of())
                .header("X-Request-Id", "req-42").header("X-Correlation-Id", "flow-7"), admin);
        Instant between = Instant.now();
        Reply reset = api.post("/api/v1/candidates/" + candidateId + "/exam-slot/reset", null, admin);
        assertEquals(200, reset.status());

        Api.User auditor = api.user(admin, Set.of("AUDITOR"), null);
        Reply events = api.get("/api/v1/audit/aggregates/" + candidateId + "/events", auditor.token());
        assertEquals(200, events.status(), events.toString());
        List<Map<String, Object>> stream = events.list();
        assertEquals(List.of("CandidateRegistered", "SlotAssigned", "SlotReset"), stream.stream().map(e -> e.get("type")).toList());
        assertNotNull(stream.get(1).get("actorId"));
        assertEquals("ADMIN", stream.get(1).get("actorRoles"));
        assertEquals("req-42", stream.get(1).get("requestId"));
        assertEquals("flow-7", stream.get(1).get("correlationId"));
        assertNotNull(stream.get(1).get("causationId"));
        assertNotNull(stream.get(2).get("requestId"));
        assertEquals(assigned.position(), ((Number) stream.get(1).get("position")).longValue());

        Reply asOf = api.get("/api/v1/audit/candidates/" + candidateId + "/exam-slot?asOf=" + between, auditor.token());
        assertEquals("AVAILABLE", castMap(asOf.json().get("slot")).get("status"));
        Reply now = api.get("/api/v1/audit/candidates/" + candidateId + "/exam-slot?asOf=" + Instant.now(), auditor.token());
        assertEquals("NO_SLOT", castMap(now.json().get("slot")).get("status"));

        Reply page = api.get("/api/v1/audit/events?type=SlotReset&after=" + (reset.position() - 1) + "&limit=5", auditor.token());
        assertEquals(candidateId, castList(page.json().get("events")).get(0).get("aggregateId"));

        assertEquals(403, api.post("/api/v1/candidates/" + candidateId + "/exam-slot/assign", null, auditor.token()).status());
    }

    private String register(String trade) {
        Reply reply = api.post("/api/v1/candidates", Map.of("name", "Candidate", "rollNumber", Api.unique("R"),
                "trade", trade), admin);
        assertEquals(201, reply.status(), reply.toString());
        return reply.string("id");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> castList(Object value) {
        return (List<Map<String, Object>>) value;
    }
    /** The payload of the candidate's first event of this type, as the audit trail shows it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> event(String candidateId, String type) {
        return api.get("/api/v1/audit/aggregates/" + candidateId + "/events", admin).list().stream()
                .filter(event -> String.valueOf(event.get("payloadType")).endsWith("$" + type))
                .map(event -> (Map<String, Object>) event.get("payload"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type));
    }

    /** The view keeps microseconds, as PostgreSQL does; the event may carry more digits. */
    private static Instant instantIn(Map<String, Object> json, String field) {
        Instant instant = OffsetDateTime.parse(String.valueOf(json.get(field))).toInstant();
        return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
