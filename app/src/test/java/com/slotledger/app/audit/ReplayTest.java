package com.slotledger.app.audit;

import com.slotledger.app.database.DatabasePool;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.app.support.ProjectionWait;
import com.slotledger.app.support.ReadModelRows;
import com.slotledger.query.shared.Projections;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Reset and replay rebuild every read-model row exactly as it was. */
@MicronautTest(transactional = false)
class ReplayTest extends IntegrationTest {

    private static final List<String> READ_MODELS = List.of("candidate_view");

    @Inject
    DatabasePool pool;

    @Inject
    Projections projections;

    @Test
    void aReplayRebuildsTheReadModelsRowForRow() throws SQLException {
        signIn();
        long last = 0;
        for (int i = 0; i < 20; i++) {
            Reply candidate = api.post("/api/v1/candidates", Map.of("name", "Replay " + i, "rollNumber", Api.unique("RP"),
                    "trade", "replay"), admin);
            String id = candidate.string("id");
            last = api.post("/api/v1/candidates/" + id + "/exam-slot/assign", null, admin).position();
            if (i % 3 == 0) {
                last = api.post("/api/v1/candidates/" + id + "/exam-slot/reassign", null, admin).position();
            }
            if (i % 4 == 0) {
                last = api.post("/api/v1/candidates/" + id + "/exam-slot/reset", null, admin).position();
            }
        }
        assertEquals(200, api.get("/api/v1/candidates?minPosition=" + last, admin).status());
        List<String> before = snapshot();

        Api.User auditor = api.user(admin, Set.of("AUDITOR"), null);
        assertEquals(403, api.post("/api/v1/admin/projections/entitlement/replay", null, auditor.token()).status());
        assertEquals(404, api.post("/api/v1/admin/projections/nope/replay", null, admin).status());
        Reply replay = api.post("/api/v1/admin/projections/entitlement/replay", null, admin);
        assertEquals(202, replay.status(), replay.toString());

        ProjectionWait.atHead(projections, "entitlement", Duration.ofSeconds(30));
        assertEquals(before, snapshot());

        Map<String, Object> listed = api.get("/api/v1/admin/projections", auditor.token()).list().stream()
                .filter(row -> "entitlement".equals(row.get("name"))).findFirst().orElseThrow();
        assertEquals(0, ((Number) listed.get("deadLetters")).intValue());
    }

    private List<String> snapshot() throws SQLException {
        List<String> rows = ReadModelRows.of(pool.dataSource(), READ_MODELS, "1");
        assertFalse(rows.isEmpty());
        return rows;
    }
}
