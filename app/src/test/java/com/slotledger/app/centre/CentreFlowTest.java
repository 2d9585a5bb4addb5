package com.slotledger.app.centre;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exams, the question bank with an attached document, and a result through evaluation, on one node (centre HQ). */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class CentreFlowTest extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @BeforeAll
    void setUp() {
        signIn();
    }

    @Test
    void anExamMovesOneStepAtATimeAndDeletingItKeepsTheRow() {
        Reply created = api.post("/api/v1/exams", exam("Welding theory"), admin);
        assertEquals(201, created.status(), created.toString());
        String id = created.string("id");
        Reply skip = api.post("/api/v1/exams/" + id + "/status", Map.of("status", "IN_PROGRESS"), admin);
        assertEquals(409, skip.status());
        assertEquals("EXAM_TRANSITION_REFUSED", skip.string("code"));
        assertEquals(200, api.post("/api/v1/exams/" + id + "/status", Map.of("status", "SCHEDULED"), admin).status());
        assertEquals(200, api.put("/api/v1/exams/" + id + "/schedule", Map.of("startsAt", "2026-12-01T09:30:00",
                "zone", "Europe/London", "durationMinutes", 120), admin).status());
        long position = api.delete("/api/v1/exams/" + id, admin).position();

        Reply exam = api.get("/api/v1/exams/" + id + "?minPosition=" + position, admin);
        assertEquals("SCHEDULED", exam.string("status"));
        assertEquals(true, exam.json().get("deleted"));
        assertEquals("2026-12-01T09:30:00Z", exam.string("startsAt"));
        assertEquals(120, ((Number) exam.json().get("durationMinutes")).intValue());
        assertTrue(api.get("/api/v1/exams", admin).list().stream().noneMatch(row -> id.equals(row.get("examId"))));
        assertTrue(api.get("/api/v1/exams?includeDeleted=true", admin).list().stream().anyMatch(row -> id.equals(row.get("examId"))));
        assertEquals("EXAM_DELETED", api.delete("/api/v1/exams/" + id, admin).string("code"));
        assertEquals(400, api.post("/api/v1/exams", Map.of("title", "x", "subjects", List.of("a"), "startsAt",
                "2026-12-01T09:30:00", "zone", "Mars/Olympus", "durationMinutes", 60), admin).status());
    }

    @Test
    void uploadsAreJudgedByContentStoredByHashAndAttachedByHash() {
        Reply upload = upload(PDF, admin);
        assertEquals(201, upload.status(), upload.toString());
        assertEquals("application/pdf", upload.string("mediaType"));
        String hash = upload.string("sha256");
        assertEquals(hash, upload(PDF, admin).string("sha256"));

        Reply disguised = upload("MZ this is not a pdf".getBytes(StandardCharsets.UTF_8), admin);
        assertEquals(415, disguised.status());
        assertEquals("FILE_TYPE_REFUSED", disguised.string("code"));
        byte[] big = new byte[600_000];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals("PAYLOAD_TOO_LARGE", upload(big, admin).string("code"));

        String question = api.post("/api/v1/questions", Map.of("subject", "welding", "type", "MCQ", "text",
                "Which gas shields MIG welding?", "options", List.of("Argon", "Oxygen"), "answerKey", "Argon",
                "marks", 2, "difficulty", "EASY"), admin).string("id");
        assertEquals("FILE_NOT_FOUND", api.post("/api/v1/questions/" + question + "/document",
                Map.of("fileHash", "0".repeat(64)), admin).string("code"));
        long position = api.post("/api/v1/questions/" + question + "/document", Map.of("fileHash", hash), admin).position();
        Reply view = api.get("/api/v1/questions/" + question + "?minPosition=" + position, admin);
        assertEquals(hash, view.string("documentHash"));
        assertEquals(List.of("Argon", "Oxygen"), view.json().get("options"));
    }

    @Test
    void aCandidatesPhotoIsAnUploadedImageReplacedByTheNextOne() {
        String candidate = api.post("/api/v1/candidates", Map.of("name", "Photo", "rollNumber", Api.unique("PH"),
                "trade", "welding"), admin).string("id");
        String first = upload(png(1), admin).string("sha256");
        String second = upload(png(2), admin).string("sha256");
        String pdf = upload(PDF, admin).string("sha256");
        assertEquals("FILE_TYPE_REFUSED", api.post("/api/v1/candidates/" + candidate + "/photo",
                Map.of("fileHash", pdf), admin).string("code"));
        assertEquals("CANDIDATE_NOT_FOUND", api.post("/api/v1/candidates/nobody/photo", Map.of("fileHash", first),
                admin).string("code"));
        api.post("/api/v1/candidates/" + candidate + "/photo", Map.of("fileHash", first), admin);
        long position = api.post("/api/v1/candidates/" + candidate + "/photo", Map.of("fileHash", second), admin).position();
        Reply photo = api.get("/api/v1/candidates/" + candidate + "/photo?minPosition=" + position, admin);
        assertEquals(second, photo.string("fileHash"));
        assertEquals("image/png", photo.string("mediaType"));
    }

    static byte[] png(int variant) {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, (byte) variant};
    }

    @Test
    void aResultIsMarkedByItsEvaluatorModeratedFinalizedAndPublished() {
        String exam = api.post("/api/v1/exams", exam("Plumbing"), admin).string("id");
        Api.User evaluator = api.user(admin, Set.of("LECTURER"), null);
        Api.User other = api.user(admin, Set.of("LECTURER"), null);
        Reply opened = api.post("/api/v1/results", Map.of("examId", exam, "candidateId", "cand-1",
                "evaluatorId", evaluator.id()), admin);
        assertEquals(201, opened.status(), opened.toString());
        String result = opened.string("id");

        assertEquals(200, marks(result, "q1", 7, 10, evaluator.token()).status());
        assertEquals(200, marks(result, "q2", 6, 10, evaluator.token()).status());
        assertEquals("NOT_THE_EVALUATOR", marks(result, "q1", 10, 10, other.token()).string("code"));
        assertEquals(400, marks(result, "q1", 11, 10, evaluator.token()).status());
        assertEquals("RESULT_NOT_FINALIZED", api.post("/api/v1/results/" + result + "/publish", null, admin).string("code"));
        api.post("/api/v1/results/" + result + "/moderate", Map.of("adjustment", 2, "reason", "rubric"), admin);
        api.post("/api/v1/results/" + result + "/finalize", null, admin);
        assertEquals("RESULT_LOCKED", marks(result, "q1", 1, 10, evaluator.token()).string("code"));
        long position = api.post("/api/v1/results/" + result + "/publish", null, admin).position();

        Reply view = api.get("/api/v1/results/" + result + "?minPosition=" + position, admin);
        Map<?, ?> row = (Map<?, ?>) view.json().get("result");
        assertEquals("PUBLISHED", row.get("status"));
        assertEquals(15, ((Number) row.get("total")).intValue());
        assertEquals(20, ((Number) row.get("outOf")).intValue());
        assertEquals("B", row.get("grade"));
        assertEquals(2, ((List<?>) view.json().get("marks")).size());
    }

    @Test
    void centreStaffActOnlyForTheirOwnCentre() {
        Api.User remote = api.user(admin, Set.of("DATA_OPERATOR"), "C-REMOTE");
        Reply refused = api.post("/api/v1/exams", exam("Remote"), remote.token());
        assertEquals(403, refused.status());
        assertEquals("OUT_OF_SCOPE", refused.string("code"));
        String local = api.post("/api/v1/exams", exam("Local"), admin).string("id");
        assertEquals("EXAM_NOT_FOUND", api.delete("/api/v1/exams/" + local, remote.token()).string("code"));
        assertEquals(404, api.get("/api/v1/exams/" + local, remote.token()).status());
        assertTrue(api.get("/api/v1/exams", remote.token()).list().isEmpty());
        assertNull(api.get("/api/v1/exams", remote.token()).list().stream().findAny().orElse(null));
    }

    @Test
    void aReplayRebuildsTheCentreReadModelsRowForRow() throws Exception {
        String exam = api.post("/api/v1/exams", exam("Replay"), admin).string("id");
        api.post("/api/v1/exams/" + exam + "/status", Map.of("status", "SCHEDULED"), admin);
        String result = api.post("/api/v1/results", Map.of("examId", exam, "candidateId", "r-1", "evaluatorId", "e"),
                admin).string("id");
        api.post("/api/v1/results/" + result + "/marks", Map.of("questionId", "q1", "awarded", 2, "outOf", 4), admin);
        api.post("/api/v1/results/" + result + "/marks", Map.of("questionId", "q1", "awarded", 3, "outOf", 4), admin);
        long last = api.post("/api/v1/results/" + result + "/finalize", null, admin).position();
        api.get("/api/v1/results?minPosition=" + last, admin);
        List<String> before = readModels();

        assertEquals(202, api.post("/api/v1/admin/projections/centre/replay", null, admin).status());
        assertEquals(200, api.get("/api/v1/results?minPosition=" + last, admin).status());
        assertEquals(before, readModels());
    }

    private static List<String> readModels() throws Exception {
        List<String> rows = new java.util.ArrayList<>();
        for (String table : com.slotledger.query.centre.CentreProjection.TABLES) {
            rows.add(table);
            rows.addAll(SecondNode.rows(SecondNode.url(), "SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        return rows;
    }

    @Test
    void bulkImportReportsEveryRowAndAppliesNothingTwice() throws Exception {
        String a = Api.unique("BI");
        String b = Api.unique("BI");
        String csv = "name,rollNumber,trade\nAsha Rao," + a + ",welding\n,EMPTY-NAME,welding\nRavi Kumar," + b + ",fitting\n";
        Reply first = bytes("/api/v1/candidates/bulk-import", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, first.status(), first.toString());
        assertEquals(3, ((Number) first.json().get("rows")).intValue());
        assertEquals(2, ((Number) first.json().get("imported")).intValue());
        List<Map<String, Object>> rows = (List<Map<String, Object>>) first.json().get("outcomes");
        assertEquals("INVALID", rows.get(1).get("outcome"));
        assertEquals(3, ((Number) rows.get(1).get("row")).intValue());

        Reply again = bytes("/api/v1/candidates/bulk-import", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, ((Number) again.json().get("imported")).intValue());
        assertTrue(((List<Map<String, Object>>) again.json().get("outcomes")).stream()
                .filter(row -> !"INVALID".equals(row.get("outcome"))).allMatch(row -> "ROLL_NUMBER_TAKEN".equals(row.get("code"))));

        String c = Api.unique("BX");
        Reply xlsx = bytes("/api/v1/candidates/bulk-import", workbook(List.of(List.of("name", "roll_number", "trade"),
                List.of("Meera", c, "welding"), List.of("Too", a, "welding"))));
        assertEquals(1, ((Number) xlsx.json().get("imported")).intValue(), xlsx.toString());
        long position = ((Number) xlsx.json().get("position")).longValue();
        assertEquals("HQ", api.get("/api/v1/candidates?minPosition=" + position, admin).list().stream()
                .filter(row -> c.equals(row.get("rollNumber"))).findFirst().orElseThrow().get("centreId"));
        assertEquals("VALIDATION_FAILED", bytes("/api/v1/candidates/bulk-import", new byte[]{'P', 'K', 3, 4, 0}).string("code"));
    }

    @Test
    void resultsExportAsCsvAndXlsxAndTheCentreReportsItsDay() throws Exception {
        String exam = api.post("/api/v1/exams", exam("Report day"), admin).string("id");
        String result = api.post("/api/v1/results", Map.of("examId", exam, "candidateId", "rep-1", "evaluatorId", "e"),
                admin).string("id");
        api.post("/api/v1/results/" + result + "/marks", Map.of("questionId", "q1", "awarded", 9, "outOf", 10), admin);
        long position = api.post("/api/v1/results/" + result + "/finalize", null, admin).position();

        Reply csv = api.send(HttpRequest.GET("/api/v1/exams/" + exam + "/results/export?format=csv&minPosition=" + position)
                .accept(MediaType.TEXT_CSV_TYPE), admin);
        String text = csv.body() instanceof io.netty.buffer.ByteBuf buffer ? buffer.toString(StandardCharsets.UTF_8)
                : String.valueOf(csv.body());
        assertTrue(text.startsWith("resultId,candidateId,status"), text);
        assertTrue(text.contains(result + ",rep-1,FINALIZED,9,10,0,9,A,e"), text);

        byte[] xlsx = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/exams/" + exam + "/results/export?format=xlsx")
                .bearerAuth(admin), byte[].class);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            assertEquals("A", book.getSheet("Results").getRow(1).getCell(7).getStringCellValue());
        }
        Reply report = api.get("/api/v1/centres/HQ/report?date=2026-12-01", admin);
        assertEquals(200, report.status(), report.toString());
        assertTrue(((List<Map<String, Object>>) report.json().get("exams")).stream()
                .anyMatch(line -> exam.equals(line.get("examId")) && ((Number) line.get("attended")).intValue() == 1));
        assertTrue(api.get("/api/v1/centres/HQ/report?date=2026-12-02", admin).json().get("exams").toString().equals("[]"));
        assertEquals(400, api.get("/api/v1/centres/HQ/report?date=yesterday", admin).status());
        Api.User remote = api.user(admin, Set.of("SUPERVISOR"), "SOUTH");
        assertEquals("OUT_OF_SCOPE", api.get("/api/v1/centres/HQ/report?date=2026-12-01", remote.token()).string("code"));
    }

    private Reply bytes(String path, byte[] content) {
        return CentreSyncTest.parsed(api.send(HttpRequest.POST(path, content)
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE), admin));
    }

    static byte[] workbook(List<List<String>> rows) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Candidates");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static Map<String, Object> exam(String title) {
        return Map.of("title", title, "subjects", List.of("theory", "practice"), "startsAt", "2026-12-01T09:30:00",
                "zone", "Asia/Kolkata", "durationMinutes", 90);
    }

    private Reply marks(String result, String question, int awarded, int outOf, String token) {
        return api.post("/api/v1/results/" + result + "/marks", Map.of("questionId", question, "awarded", awarded,
                "outOf", outOf), token);
    }

    private Reply upload(byte[] content, String token) {
        return api.send(HttpRequest.POST("/api/v1/files", content).contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE), token);
    }
}
