package com.slotledger.app.centre;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes, two databases: this test's context is centre NORTH, a second context on its own database is HQ.
 * Work at NORTH, export, import at HQ, compare the read models; tampered and gapped bundles change nothing.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CentreSyncTest extends IntegrationTest {

    private static final String NORTH = "NORTH";
    private final ObjectMapper json = new ObjectMapper();

    private String hqUrl;
    private EmbeddedServer hq;
    private HttpClient hqClient;
    private Api hqApi;
    private String hqAdmin;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("slotledger.centre.id", NORTH);
        return properties;
    }

    @BeforeAll
    void startHq() throws Exception {
        signIn();
        hqUrl = SecondNode.newDatabase("hq");
        hq = SecondNode.start(hqUrl, "HQ");
        hqClient = hq.getApplicationContext().createBean(HttpClient.class, hq.getURL());
        hqApi = new Api(hqClient);
        hqAdmin = hqApi.adminToken();
    }

    @AfterAll
    void stopHq() {
        hqClient.close();
        hq.close();
    }

    @Test
    @Order(1)
    void workAtACentreReachesHqByBundleOnceAndOnlyIntact() throws Exception {
        String centre = api.post("/api/v1/centres", Map.of("code", "N1", "name", "North centre", "zone",
                "Asia/Kolkata"), admin).string("id");
        String exam = api.post("/api/v1/exams", CentreFlowTest.exam("North welding"), admin).string("id");
        String candidate = api.post("/api/v1/candidates", Map.of("name", "Nila", "rollNumber", Api.unique("NR"),
                "trade", "welding", "centreId", NORTH), admin).string("id");
        api.post("/api/v1/exams/" + exam + "/status", Map.of("status", "SCHEDULED"), admin);
        String hash = api.send(HttpRequest.POST("/api/v1/files", CentreFlowTest.PDF)
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE), admin).string("sha256");
        String photo = api.send(HttpRequest.POST("/api/v1/files", CentreFlowTest.png(7))
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE), admin).string("sha256");
        api.post("/api/v1/candidates/" + candidate + "/photo", Map.of("fileHash", photo), admin);
        String question = api.post("/api/v1/questions", Map.of("subject", "welding", "type", "ESSAY", "text",
                "Describe a root pass.", "marks", 10, "difficulty", "HARD"), admin).string("id");
        api.post("/api/v1/questions/" + question + "/document", Map.of("fileHash", hash), admin);
        String result = api.post("/api/v1/results", Map.of("examId", exam, "candidateId", "north-cand",
                "evaluatorId", "someone"), admin).string("id");
        api.post("/api/v1/results/" + result + "/marks", Map.of("questionId", question, "awarded", 8, "outOf", 10), admin);
        long northHead = api.post("/api/v1/results/" + result + "/finalize", null, admin).position();

        byte[] first = export(0);
        Map<?, ?> manifest = (Map<?, ?>) json.readValue(first, Map.class).get("manifest");
        assertEquals(10, manifest.get("count"));
        assertEquals(northHead, ((Number) manifest.get("toPosition")).longValue());
        long hqEventsBefore = SecondNode.count(hqUrl, "domainevententry");

        Reply tampered = importAtHq(tamperPayload(first));
        assertEquals(400, tampered.status(), tampered.contentType() + " " + tampered.body());
        assertEquals("BUNDLE_TAMPERED", tampered.string("code"), tampered.contentType() + " " + tampered.body());
        assertEquals("BUNDLE_TAMPERED", importAtHq(tamperManifest(first)).string("code"));
        assertEquals("BUNDLE_MALFORMED", importAtHq("{\"not\":\"a bundle\"}".getBytes(StandardCharsets.UTF_8)).string("code"));
        ObjectNode holed = (ObjectNode) json.readTree(first);
        holed.withArray("events").setNull(0);
        assertEquals("BUNDLE_MALFORMED", importAtHq(json.writeValueAsBytes(holed)).string("code"));
        assertEquals(hqEventsBefore, SecondNode.count(hqUrl, "domainevententry"));

        Reply imported = importAtHq(first);
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(10, ((Number) imported.json().get("applied")).intValue());
        long hqPosition = imported.position();
        assertEquals(200, hqApi.get("/api/v1/exams/" + exam + "?minPosition=" + hqPosition, hqAdmin).status());
        assertSameReadModels(hqPosition);
        assertArrayEquals(CentreFlowTest.PDF, download(hash));
        assertEquals(NORTH, hqApi.get("/api/v1/candidates/" + candidate, hqAdmin).string("centreId"));
        assertEquals(photo, hqApi.get("/api/v1/candidates/" + candidate + "/photo", hqAdmin).string("fileHash"));
        assertArrayEquals(CentreFlowTest.png(7), download(photo));
        assertEquals("CANDIDATE_NOT_FOUND", hqApi.post("/api/v1/candidates/" + candidate + "/exam-slot/assign", null,
                hqAdmin).string("code"));

        Reply again = importAtHq(first);
        assertEquals(true, again.json().get("alreadyImported"));
        assertEquals(0, ((Number) again.json().get("applied")).intValue());
        assertEquals(hqEventsBefore + 10, SecondNode.count(hqUrl, "domainevententry"));

        Reply foreign = hqApi.post("/api/v1/exams/" + exam + "/status", Map.of("status", "IN_PROGRESS"), hqAdmin);
        assertEquals(409, foreign.status());
        assertEquals("FOREIGN_AGGREGATE", foreign.string("code"));
        assertEquals("FOREIGN_AGGREGATE", hqApi.post("/api/v1/results/" + result + "/publish", null, hqAdmin).string("code"));
        assertEquals("FOREIGN_AGGREGATE", hqApi.post("/api/v1/results", Map.of("examId", exam, "candidateId", "x",
                "evaluatorId", "y"), hqAdmin).string("code"));

        long second = api.post("/api/v1/exams/" + exam + "/status", Map.of("status", "IN_PROGRESS"), admin).position();
        byte[] middle = export(northHead);
        api.post("/api/v1/exams/" + exam + "/status", Map.of("status", "COMPLETED"), admin);
        byte[] last = export(second);
        Reply gap = importAtHq(last);
        assertEquals(409, gap.status());
        assertEquals("BUNDLE_GAP", gap.string("code"));
        assertEquals(hqEventsBefore + 10, SecondNode.count(hqUrl, "domainevententry"));
        importAtHq(middle);
        long position = importAtHq(last).position();
        assertEquals("COMPLETED", hqApi.get("/api/v1/exams/" + exam + "?minPosition=" + position, hqAdmin).string("status"));
        assertSameReadModels(position);

        List<Map<String, Object>> ledger = hqApi.get("/api/v1/sync/ledger", hqAdmin).list();
        assertEquals(1, ledger.size());
        assertEquals(NORTH, ledger.get(0).get("sourceCentre"));
        assertEquals(3, ((Number) ledger.get(0).get("bundles")).intValue());
        assertEquals("BUNDLE_FROM_OWN_CENTRE", parsed(api.send(HttpRequest.POST("/api/v1/sync/import", first)
                .contentType(MediaType.APPLICATION_JSON_TYPE), admin)).string("code"));
        assertFalse(centre.isBlank());
    }

    @Test
    @Order(2)
    void syncResultsCarriesOnlyResultEvents() throws Exception {
        String exam = api.post("/api/v1/exams", CentreFlowTest.exam("North results"), admin).string("id");
        String result = api.post("/api/v1/results", Map.of("examId", exam, "candidateId", "c-77",
                "evaluatorId", "ev"), admin).string("id");
        api.post("/api/v1/results/" + result + "/marks", Map.of("questionId", "q", "awarded", 3, "outOf", 4), admin);
        Map<?, ?> bundle = json.readValue(bytes(api.send(HttpRequest.GET("/api/v1/sync/export?scope=result"), admin)), Map.class);
        List<?> events = (List<?>) bundle.get("events");
        assertFalse(events.isEmpty());
        assertTrue(events.stream().allMatch(event -> "result".equals(((Map<?, ?>) event).get("aggregateType"))));
        assertEquals(400, api.get("/api/v1/sync/export?scope=everything", admin).status());
    }

    private void assertSameReadModels(long hqPosition) throws Exception {
        hqApi.get("/api/v1/centres?minPosition=" + hqPosition, hqAdmin);
        long northHead = ((Number) api.get("/api/v1/admin/projections", admin).list().stream()
                .filter(p -> "centre".equals(p.get("name"))).findFirst().orElseThrow().get("head")).longValue();
        api.get("/api/v1/centres?minPosition=" + northHead, admin);
        String north = SecondNode.url();
        for (String sql : List.of(
                "SELECT * FROM centre_view WHERE home_centre = 'NORTH' ORDER BY 1",
                "SELECT * FROM exam_view WHERE centre_id = 'NORTH' ORDER BY 1",
                "SELECT * FROM question_view WHERE centre_id = 'NORTH' ORDER BY 1",
                "SELECT * FROM result_view WHERE centre_id = 'NORTH' ORDER BY 1",
                "SELECT * FROM candidate_view WHERE centre_id = 'NORTH' ORDER BY 1",
                "SELECT m.* FROM result_mark_view m JOIN result_view r USING (result_id) WHERE r.centre_id = 'NORTH' ORDER BY 1, 2",
                "SELECT e.eventidentifier, e.aggregateidentifier, e.sequencenumber, e.timestamp, e.payload, e.metadata"
                        + " FROM domainevententry e JOIN centre_aggregates h ON h.aggregate_id = e.aggregateidentifier"
                        + " WHERE h.centre_id = 'NORTH' ORDER BY 1")) {
            List<String> expected = SecondNode.rows(north, sql);
            assertFalse(expected.isEmpty(), sql);
            assertEquals(expected, SecondNode.rows(hqUrl, sql), sql);
        }
    }

    private byte[] export(long after) {
        return bytes(api.send(HttpRequest.GET("/api/v1/sync/export?after=" + after), admin));
    }

    private byte[] bytes(Reply reply) {
        assertEquals(200, reply.status(), String.valueOf(reply));
        try {
            return json.writeValueAsBytes(reply.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Reply importAtHq(byte[] bundle) {
        return parsed(hqApi.send(HttpRequest.POST("/api/v1/sync/import", bundle)
                .contentType(MediaType.APPLICATION_JSON_TYPE), hqAdmin));
    }

    /** A byte[] request leaves the client's error body undecoded: decode it here. */
    static Reply parsed(Reply reply) {
        if (reply.body() instanceof io.netty.buffer.ByteBuf buffer && String.valueOf(reply.contentType()).contains("json")) {
            try {
                return new Reply(reply.status(), new ObjectMapper().readValue(buffer.toString(StandardCharsets.UTF_8),
                        Map.class), reply.contentType());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return reply;
    }

    private byte[] download(String hash) {
        return hqClient.toBlocking().retrieve(HttpRequest.GET("/api/v1/files/" + hash).bearerAuth(hqAdmin),
                Argument.of(byte[].class));
    }

    private byte[] tamperPayload(byte[] bundle) throws Exception {
        ObjectNode tree = (ObjectNode) json.readTree(bundle);
        ObjectNode event = (ObjectNode) tree.withArray("events").get(1);
        String payload = new String(Base64.getDecoder().decode(event.get("payload").asText()), StandardCharsets.UTF_8);
        event.put("payload", Base64.getEncoder().encodeToString(payload.replace("North welding", "South welding")
                .getBytes(StandardCharsets.UTF_8)));
        return json.writeValueAsBytes(tree);
    }

    private byte[] tamperManifest(byte[] bundle) throws Exception {
        ObjectNode tree = (ObjectNode) json.readTree(bundle);
        ((ObjectNode) tree.get("manifest")).put("afterPosition", 1);
        return json.writeValueAsBytes(tree);
    }
}
