package com.slotledger.recognition.callback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.slotledger.api.shared.Sha256;
import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.recognition.detection.CascadeFaceDetector;
import com.slotledger.recognition.evaluation.ClassroomFrames;
import com.slotledger.recognition.evaluation.ClassroomVideo;
import com.slotledger.recognition.evaluation.OrlDataset;
import com.slotledger.recognition.run.RunSummary;
import com.slotledger.recognition.source.ImageFrameSource;
import com.slotledger.recognition.support.Orl;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The separate recognition process against a stand-in for the app (loopback HTTP): it signs in, renews an expired
 * token, trains on the gallery it downloads, and posts a decision, then the recognition callback, per recognised
 * roster student, then its run report; all as the service account.
 */
class RecognitionProcessTest {

    private static final int[] PRESENT = {8, 14, 31};
    private static final int ABSENT = 21;
    private static final int STRANGER = 36;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Posted> posted = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> photos = new HashMap<>();
    private final ArrayNode gallery = json.createArrayNode();
    private int logins;

    record Posted(String path, String authorization, JsonNode body) {
    }

    @Test
    void aRunPostsEachRecognisedRosterStudentToTheCallbackAndReportsWhatItSaw() throws Exception {
        OrlDataset orl = Orl.dataset();
        for (int person : new int[]{PRESENT[0], PRESENT[1], PRESENT[2], ABSENT}) {
            for (int image = 1; image <= 5; image++) {
                byte[] photo;
                try (Mat portrait = orl.portrait(person, image)) {
                    photo = jpeg(portrait);
                }
                String sha = Sha256.hex(photo);
                photos.put(sha, photo);
                gallery.addObject().put("studentId", "student-" + person).put("sha256", sha).put("mediaType", "image/jpeg")
                        .put("size", photo.length);
            }
        }
        Path video = dir.resolve("room.mp4");
        int[] seated = {PRESENT[0], STRANGER, PRESENT[1], PRESENT[2]};
        ClassroomVideo.record(ClassroomVideo.recorder(video.toString(), "mp4", 10), 30, index -> {
            List<ClassroomFrames.Seat> seats = new ArrayList<>();
            for (int seat = 0; seat < seated.length; seat++) {
                seats.add(new ClassroomFrames.Seat("s" + seated[seat], orl.image(seated[seat], 6 + (index / 6 + seat) % 5)));
            }
            ClassroomFrames.Frame frame = new ClassroomFrames(5, 1.3).frame(index, seats);
            seats.forEach(seat -> seat.face().close());
            return frame.image();
        });

        HttpServer app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        app.createContext("/", this::answer);
        app.start();
        RunSummary summary;
        try (CascadeFaceDetector detector = new CascadeFaceDetector(CascadeFaceDetector.Kind.HAAR, 60, 320)) {
            BackendClient client = BackendClient.signingIn(URI.create("http://127.0.0.1:" + app.getAddress().getPort()),
                    "recognition", "service-password");
            Set<String> roster = Set.of("student-" + PRESENT[0], "student-" + PRESENT[1], "student-" + PRESENT[2],
                    "student-" + ABSENT);
            summary = RecognitionProcess.run(new RecognitionProcess.Options("slot-9", SessionMode.INITIAL,
                    AttendanceKind.EXAM, video.toString(), Map.of(), roster, 1, 3), client, detector, Clock.systemUTC());
        } finally {
            app.stop(0);
        }

        assertEquals(2, logins, "signed in, then again when the first token had expired");
        List<Posted> callbacks = posted.stream().filter(p -> p.path().equals("/api/v1/recognition-callback")).toList();
        Set<String> recognised = callbacks.stream().map(p -> p.body().at("/recognitions/0/studentUserId").asText())
                .collect(Collectors.toSet());
        assertEquals(Set.of("student-8", "student-14", "student-31"), recognised, posted.toString());
        for (Posted callback : callbacks) {
            JsonNode body = callback.body();
            assertEquals("EXAM", body.get("callbackType").asText());
            assertEquals("slot-9", body.get("slotId").asText());
            assertEquals("INITIAL", body.get("mode").asText());
            JsonNode recognition = body.at("/recognitions/0");
            assertTrue(recognition.get("confidence").asDouble() >= 0.6);
            assertEquals(64, recognition.get("frameHash").asText().length());
            byte[] evidence = Base64.getDecoder().decode(recognition.at("/evidence/imageBase64").asText());
            assertEquals(Sha256.hex(evidence), recognition.at("/evidence/sha256").asText());
            try (Mat crop = ImageFrameSource.decode(evidence)) {
                assertTrue(crop.cols() >= 60, "the evidence is a face crop");
            }
            int at = posted.indexOf(callback);
            Posted decision = posted.get(at - 1);
            assertTrue(decision.path().endsWith("/decisions"), "each decision is recorded before its callback: " + decision);
            assertEquals(recognition.get("studentUserId").asText(), decision.body().get("studentId").asText());
            assertTrue(decision.body().get("modelVersion").asText().startsWith("lbph("));
            assertEquals(32.0, decision.body().get("threshold").asDouble());
        }
        Posted report = posted.get(posted.size() - 1);
        assertEquals("/api/v1/recognition/runs", report.path());
        assertEquals(summary.runId(), report.body().get("runId").asText());
        assertTrue(report.body().get("unknownFaces").asLong() > 0, "the stranger is reported: " + report.body());
        assertEquals(RunSummary.End.COMPLETED, summary.end());
        assertTrue(posted.stream().allMatch(p -> "Bearer token-2".equals(p.authorization())), posted.toString());
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (path.equals("/api/v1/auth/login")) {
            logins++;
            reply(exchange, 200, json.writeValueAsBytes(Map.of("access_token", "token-" + logins)));
        } else if (!("Bearer token-" + logins).equals(authorization) || logins < 2) {
            reply(exchange, 401, "{}".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/api/v1/recognition/gallery")) {
            reply(exchange, 200, json.writeValueAsBytes(gallery));
        } else if (path.startsWith("/api/v1/students/")) {
            reply(exchange, 200, photos.get(path.substring(path.lastIndexOf('/') + 1)));
        } else {
            posted.add(new Posted(path, authorization, json.readTree(body)));
            reply(exchange, 201, "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static byte[] jpeg(Mat image) {
        try (BytePointer encoded = new BytePointer()) {
            imencode(".jpg", image, encoded);
            byte[] bytes = new byte[(int) encoded.limit()];
            encoded.get(bytes);
            return bytes;
        }
    }
}
