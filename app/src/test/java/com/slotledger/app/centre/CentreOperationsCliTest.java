package com.slotledger.app.centre;

import com.slotledger.app.cli.OperatorCli;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.app.support.Api;
import com.slotledger.query.centre.CentreProjection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator commands: backup while running, restore into a fresh database (whole and up to a position), sync files. */
@MicronautTest(transactional = false)
class CentreOperationsCliTest extends IntegrationTest {

    private static final List<String> READ_MODELS = new ArrayList<>(CentreProjection.TABLES);

    static {
        READ_MODELS.add("candidate_view");
    }

    private Path dir;

    @BeforeAll
    void setUp() throws Exception {
        signIn();
        dir = Files.createTempDirectory("centre-cli");
    }

    @Test
    void aRestoredNodeHasTheOriginalsReadModelsRowForRow() throws Exception {
        long candidate = api.post("/api/v1/candidates", Map.of("name", "Restore Me", "rollNumber", Api.unique("RS"),
                "trade", "restore"), admin).position();
        String exam = api.post("/api/v1/exams", CentreFlowTest.exam("Backup exam"), admin).string("id");
        long draft = api.post("/api/v1/results", Map.of("examId", exam, "candidateId", "c-1", "evaluatorId", "e-1"),
                admin).position();
        long scheduled = api.post("/api/v1/exams/" + exam + "/status", Map.of("status", "SCHEDULED"), admin).position();
        assertEquals(200, api.get("/api/v1/exams?minPosition=" + scheduled, admin).status());
        assertEquals(200, api.get("/api/v1/candidates?minPosition=" + candidate, admin).status());
        Path backup = dir.resolve("backup.zip");
        String taken = cli(getProperties(), 0, "backup-database", "--output-file", backup.toString());
        assertTrue(taken.contains("backup of"), taken);
        long head = Long.parseLong(taken.replaceAll("(?s).*up to event (\\d+).*", "$1"));

        Path tampered = tamper(backup);
        String fresh = SecondNode.newDatabase("tampered");
        String refused = cli(SecondNode.properties(fresh, "HQ"), 2, "restore-database", "--input-file", tampered.toString());
        assertTrue(refused.contains("BACKUP_TAMPERED"), refused);
        assertEquals(0, SecondNode.count(fresh, "domainevententry"));

        String restored = SecondNode.newDatabase("restored");
        String done = cli(SecondNode.properties(restored, "HQ"), 0, "restore-database", "--input-file", backup.toString());
        assertTrue(done.contains("projections rebuilt: true"), done);
        for (String table : READ_MODELS) {
            String sql = "SELECT * FROM " + table + " ORDER BY 1, 2";
            assertEquals(SecondNode.rows(SecondNode.url(), sql), SecondNode.rows(restored, sql), table);
        }
        String events = "SELECT * FROM domainevententry WHERE globalindex <= " + head + " ORDER BY globalindex";
        assertEquals(SecondNode.rows(SecondNode.url(), events), SecondNode.rows(restored, events));
        assertEquals("RESTORE_TARGET_NOT_EMPTY", cli(SecondNode.properties(restored, "HQ"), 2, "restore-database",
                "--input-file", backup.toString()).replaceAll("(?s).*REFUSED (\\w+).*", "$1"));

        String earlier = SecondNode.newDatabase("pointintime");
        cli(SecondNode.properties(earlier, "HQ"), 0, "restore-database", "--input-file", backup.toString(),
                "--up-to-position", String.valueOf(draft));
        assertEquals(List.of("DRAFT"), SecondNode.rows(earlier, "SELECT status FROM exam_view WHERE exam_id = '" + exam + "'"));
        assertEquals(String.valueOf(draft), SecondNode.rows(earlier, "SELECT max(globalindex) FROM domainevententry").get(0));

        String instant = SecondNode.rows(SecondNode.url(), "SELECT timestamp FROM domainevententry WHERE globalindex = "
                + draft).get(0);
        String asOf = SecondNode.newDatabase("asof");
        cli(SecondNode.properties(asOf, "HQ"), 0, "restore-database", "--input-file", backup.toString(),
                "--up-to-instant", instant);
        assertEquals(List.of("DRAFT"), SecondNode.rows(asOf, "SELECT status FROM exam_view WHERE exam_id = '" + exam + "'"));
    }

    @Test
    void centreDataAndResultsTravelAsFilesBetweenNodes() throws Exception {
        String exam = api.post("/api/v1/exams", CentreFlowTest.exam("CLI sync"), admin).string("id");
        String result = api.post("/api/v1/results", Map.of("examId", exam, "candidateId", "c-9", "evaluatorId", "e-9"),
                admin).string("id");
        api.post("/api/v1/results/" + result + "/marks", Map.of("questionId", "q1", "awarded", 5, "outOf", 5), admin);
        Path all = dir.resolve("centre.json");
        Path results = dir.resolve("results.json");
        assertTrue(cli(getProperties(), 0, "export-centre-data", "--centre-id", "HQ", "--output-file", all.toString())
                .contains("of centre HQ (all)"));
        assertTrue(cli(getProperties(), 0, "sync-results", "--source-centre", "HQ", "--output-file", results.toString())
                .contains("of centre HQ (result)"));

        Map<String, Object> south = SecondNode.properties(SecondNode.newDatabase("south"), "SOUTH");
        String first = cli(south, 0, "import-centre-data", "--input-file", results.toString());
        assertTrue(first.startsWith("imported"), first);
        assertTrue(cli(south, 0, "import-centre-data", "--input-file", results.toString()).startsWith("already imported"));
        assertTrue(cli(south, 0, "import-centre-data", "--input-file", all.toString()).startsWith("imported"));
        String ledger = cli(south, 0, "sync-ledger");
        assertTrue(ledger.contains("HQ/HQ result") && ledger.contains("HQ/HQ all"), ledger);
        Reply own = api.get("/api/v1/sync/ledger", admin);
        assertEquals(200, own.status());
    }

    @Test
    void bulkImportResultExportAndCentreReportFromTheCommandLine() throws Exception {
        Path csv = dir.resolve("candidates.csv");
        Files.writeString(csv, "name,rollNumber,trade\nCli One," + Api.unique("CL") + ",welding\nNo Trade,X-1,\n");
        String imported = cli(getProperties(), 0, "bulk-import-candidates", "--file", csv.toString());
        assertTrue(imported.contains("2 rows: 1 imported, 1 refused"), imported);
        String exam = api.post("/api/v1/exams", CentreFlowTest.exam("CLI export"), admin).string("id");
        long position = api.post("/api/v1/results", Map.of("examId", exam, "candidateId", "c", "evaluatorId", "e"),
                admin).position();
        api.get("/api/v1/results?minPosition=" + position, admin);
        Path results = dir.resolve("results.xlsx");
        assertTrue(cli(getProperties(), 0, "export-exam-results", "--exam-id", exam, "--format", "xlsx",
                "--output-file", results.toString()).contains("1 results"));
        assertTrue(Files.size(results) > 0);
        Path report = dir.resolve("report.json");
        assertTrue(cli(getProperties(), 0, "generate-centre-report", "--centre-id", "HQ", "--date", "2026-12-01",
                "--output-file", report.toString()).contains("report of centre HQ"));
        assertTrue(Files.readString(report).contains(exam));
    }

    private static Path tamper(Path backup) throws Exception {
        Path copy = backup.resolveSibling("tampered.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().contains("exam_view") || entry.getName().contains("domainevententry")) {
                    data = new String(data, StandardCharsets.UTF_8).replace("Backup exam", "Forged exam")
                            .replace("SCHEDULED", "COMPLETED").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return copy;
    }

    private static String cli(Map<String, ?> properties, int expectedExit, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = OperatorCli.run(new HashMap<>(properties), new PrintStream(bytes, true, StandardCharsets.UTF_8), args);
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, output);
        assertFalse(output.isBlank());
        return output;
    }
}
