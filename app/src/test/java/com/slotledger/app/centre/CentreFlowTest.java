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
        long position = api.delete("/api/v1/exams/" + id, admin).position();

        Reply exam = api.get("/api/v1/exams/" + id + "?minPosition=" + position, admin);
        assertEquals("SCHEDULED", exam.string("status"));
        assertEquals(true, exam.json().get("deleted"));
        assertEquals("2026-12-01T04:00:00Z", exam.string("startsAt"));
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
