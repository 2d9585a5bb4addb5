package com.slotledger.app.audit;

import com.slotledger.app.database.DatabasePool;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.query.shared.ProjectionStatus;
import com.slotledger.query.shared.Projections;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        long head = projections.find("entitlement").orElseThrow().head();
        long deadline = System.nanoTime() + 30_000_000_000L;
        ProjectionStatus status = projections.find("entitlement").orElseThrow();
        while ((status.replaying() || status.position() < head) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(5_000_000);
            status = projections.find("entitlement").orElseThrow();
        }
        assertFalse(status.replaying(), status.toString());
        assertTrue(status.position() >= head, status.toString());
        assertEquals(before, snapshot());

        Map<String, Object> listed = api.get("/api/v1/admin/projections", auditor.token()).list().stream()
                .filter(row -> "entitlement".equals(row.get("name"))).findFirst().orElseThrow();
        assertEquals(0, ((Number) listed.get("deadLetters")).intValue());
    }

    private List<String> snapshot() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = pool.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : READ_MODELS) {
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.append('|').append(result.getString(c));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        assertFalse(rows.isEmpty());
        return rows;
    }
}
