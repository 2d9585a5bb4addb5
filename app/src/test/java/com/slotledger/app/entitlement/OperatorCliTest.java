package com.slotledger.app.entitlement;

import com.slotledger.app.cli.OperatorCli;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed's management command: status, then a dry run that changes nothing, then the real thing. */
@MicronautTest(transactional = false)
class OperatorCliTest extends IntegrationTest {

    @Test
    void examSlotsStatusDryRunAndAssignForOneTrade() {
        signIn();
        String trade = Api.unique("carpentry");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, api.post("/api/v1/candidates", Map.of("name", "C" + i, "rollNumber", Api.unique("CLI"),
                    "trade", trade), admin).status());
        }

        String status = cli("exam-slots", "status", "--trade", trade);
        assertTrue(status.contains("NO_SLOT    3"), status);

        String dryRun = cli("exam-slots", "assign", "--trade", trade, "--dry-run");
        assertTrue(dryRun.contains("ASSIGN (dry run): 3 candidates, 3 would change, 0 refused"), dryRun);
        assertTrue(cli("exam-slots", "status", "--trade", trade).contains("NO_SLOT    3"));

        String assign = cli("exam-slots", "assign", "--trade", trade);
        assertTrue(assign.contains("ASSIGN: 3 candidates, 3 changed, 0 refused"), assign);
        Reply report = api.get("/api/v1/exam-slots/status-report?trade=" + trade + "&minPosition="
                + api.get("/api/v1/admin/projections", admin).list().get(0).get("head"), admin);
        assertEquals(3, ((Number) ExamSlotFlowTest.castMap(report.json().get("counts")).get("AVAILABLE")).intValue());

        String again = cli("exam-slots", "assign", "--trade", trade);
        assertTrue(again.contains("0 changed, 3 refused") && again.contains("SLOT_ALREADY_ASSIGNED"), again);
    }

    private String cli(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = OperatorCli.run(new HashMap<>(getProperties()), new PrintStream(bytes, true, StandardCharsets.UTF_8), args);
        assertEquals(0, exit, bytes.toString(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
