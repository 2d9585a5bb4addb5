package com.slotledger.app.audit;

import com.slotledger.app.database.DatabasePool;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The state of any aggregate at an instant, folded from its events up to then, and the candidate's slot as of an
 * instant: both right for a stream long enough to have a snapshot, which holds a later state and must not be read.
 */
@MicronautTest(transactional = false)
class AggregateStateTest extends IntegrationTest {

    private static final int CYCLES = 60;

    @Inject
    DatabasePool pool;

    String candidateId;
    List<Map<String, Object>> history;
    Api.User auditor;

    @BeforeAll
    void aCandidateWithALongHistory() throws Exception {
        signIn();
        auditor = api.user(admin, Set.of("AUDITOR"), null);
        candidateId = api.post("/api/v1/candidates", Map.of("name", "Asof", "rollNumber", Api.unique("AS"),
                "trade", "asof"), admin).string("id");
        for (int i = 0; i < CYCLES; i++) {
            assertEquals(200, api.post("/api/v1/candidates/" + candidateId + "/exam-slot/assign", null, admin).status());
            assertEquals(200, api.post("/api/v1/candidates/" + candidateId + "/exam-slot/reset", null, admin).status());
        }
        history = api.get("/api/v1/audit/aggregates/" + candidateId + "/events", auditor.token()).list();
        assertEquals(1 + 2 * CYCLES, history.size());
        assertTrue(snapshots(candidateId) >= 1, "the stream should be long enough to have a snapshot");
    }

    private long snapshots(String aggregateId) throws Exception {
        try (Connection connection = pool.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?")) {
            query.setString(1, aggregateId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Instant at(Map<String, Object> event) {
        return Instant.parse((String) event.get("timestamp"));
    }

    /** The first assignment whose next event came later (events a millisecond apart share a timestamp). */
    private int anEarlyAssignment() {
        for (int sequence = 1; sequence < history.size() - 1; sequence += 2) {
            if (at(history.get(sequence + 1)).isAfter(at(history.get(sequence)))) {
                return sequence;
            }
        }
        throw new AssertionError("no assignment with a later next event");
    }

    private Reply state(String aggregateId, Instant asOf) {
        return api.get("/api/v1/audit/aggregates/" + aggregateId + "/state?asOf=" + asOf, auditor.token());
    }

    @Test
    void anAggregateIsShownAsItsEventsUpToTheInstantMadeIt() {
        int sequence = anEarlyAssignment();
        Reply early = state(candidateId, at(history.get(sequence)));
        assertEquals(200, early.status(), early.toString());
        assertEquals("Candidate", early.string("type"));
        assertEquals(sequence, ((Number) early.json().get("sequence")).intValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> candidate = (Map<String, Object>) early.json().get("state");
        assertEquals(candidateId, candidate.get("candidateId"));
        assertEquals("AVAILABLE", candidate.get("slot"));

        Reply now = state(candidateId, Instant.now());
        assertEquals(2 * CYCLES, ((Number) now.json().get("sequence")).intValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> latest = (Map<String, Object>) now.json().get("state");
        assertEquals("NO_SLOT", latest.get("slot"));
    }

    @Test
    void theCandidatesSlotAsOfAnInstantIgnoresTheLaterSnapshot() {
        int sequence = anEarlyAssignment();
        Reply slot = api.get("/api/v1/audit/candidates/" + candidateId + "/exam-slot?asOf=" + at(history.get(sequence)),
                auditor.token());
        assertEquals(200, slot.status(), slot.toString());
        assertEquals(sequence, ((Number) slot.json().get("sequence")).intValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) slot.json().get("slot");
        assertEquals("AVAILABLE", state.get("status"));
    }

    @Test
    void anyAggregateTypeCanBeRead() {
        Api.User lecturer = api.user(admin, Set.of("LECTURER"), null);
        Reply user = state(lecturer.id(), Instant.now());
        assertEquals(200, user.status(), user.toString());
        assertEquals("User", user.string("type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) user.json().get("state");
        assertEquals(List.of("LECTURER"), state.get("roles"));
    }

    /** Whatever other tests left in the shared database: one aggregate of each type there is read back. */
    @Test
    void everyAggregateTypeInTheStoreCanBeShown() throws Exception {
        Map<String, String> oneOfEachType = new java.util.TreeMap<>();
        try (Connection connection = pool.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT DISTINCT ON (type) type, aggregateidentifier FROM domainevententry WHERE type IS NOT NULL");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                oneOfEachType.put(rows.getString(1), rows.getString(2));
            }
        }
        assertTrue(oneOfEachType.keySet().containsAll(Set.of("Candidate", "User")), oneOfEachType.toString());
        for (Map.Entry<String, String> aggregate : oneOfEachType.entrySet()) {
            Reply reply = state(aggregate.getValue(), Instant.now());
            assertEquals(200, reply.status(), aggregate + " " + reply);
            assertEquals(aggregate.getKey(), reply.string("type"));
        }
    }

    @Test
    void beforeTheFirstEventOrForAnUnknownIdNothingIsFound() {
        Reply before = state(candidateId, at(history.get(0)).minusSeconds(1));
        assertEquals(404, before.status());
        assertEquals("NOT_FOUND", before.string("code"));
        Reply unknown = state("no-such-aggregate", Instant.now());
        assertEquals(404, unknown.status());
        assertEquals("NOT_FOUND", unknown.string("code"));
        Reply malformed = api.get("/api/v1/audit/aggregates/" + candidateId + "/state?asOf=yesterday", auditor.token());
        assertEquals(400, malformed.status(), malformed.toString());
    }
}
