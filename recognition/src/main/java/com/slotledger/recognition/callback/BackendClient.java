package com.slotledger.recognition.callback;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.recognition.run.RunSummary;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A separate recognition process's only way to the app: HTTP with a RECOGNITION service account's token. It reads
 * the gallery, records each decision on the run's log, posts the recognition callback, and reports the run. Given
 * the account's password it signs in itself and again whenever its access token has expired (runs outlast tokens).
 */
public final class BackendClient {

    private final URI base;
    private final String username;
    private final String password;
    private volatile String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** With a fixed access token (it is not renewed). */
    public BackendClient(URI base, String token) {
        this(base, null, null, token);
    }

    /** With the service account's credentials: signs in at /api/v1/auth/login now and whenever a token expires. */
    public static BackendClient signingIn(URI base, String username, String password) throws IOException {
        BackendClient client = new BackendClient(base, username, password, null);
        client.signIn();
        return client;
    }

    private BackendClient(URI base, String username, String password, String token) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.token = token;
    }

    private void signIn() throws IOException {
        HttpRequest login = HttpRequest.newBuilder(base.resolve("/api/v1/auth/login")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(
                        Map.of("username", username, "password", password)))).build();
        HttpResponse<byte[]> response = exchange(login);
        if (response.statusCode() != 200) {
            throw new IOException("signing in as " + username + " answered " + response.statusCode());
        }
        token = json.readTree(response.body()).path("access_token").asText();
    }

    /** One enrolled photo, as GET /api/v1/recognition/gallery lists it. */
    public record GalleryPhoto(String studentId, String sha256, String mediaType, int size) {
    }

    /** The body of POST /api/v1/recognition-callback (issue 3): one or more recognitions of one slot's pass. */
    public record Callback(AttendanceKind callbackType, String slotId, SessionMode mode, List<Recognition> recognitions) {
    }

    /** One recognised student, as the callback names it. */
    public record Recognition(String studentUserId, double confidence, Instant capturedAt, String frameHash,
                              Evidence evidence) {
    }

    /** The face crop: the image itself (base64), its SHA-256 and media type. */
    public record Evidence(String imageBase64, String sha256, String mediaType) {
    }

    /** What POST /api/v1/recognition/runs/{runId}/decisions records. */
    public record Decision(String slotId, SessionMode mode, String studentId, double confidence, Instant capturedAt,
                           String frameHash, String evidenceHash, String modelVersion, double threshold, int sightings) {
    }

    public List<GalleryPhoto> gallery() throws IOException {
        return json.readValue(send(get("/api/v1/recognition/gallery")), new TypeReference<>() {
        });
    }

    public byte[] photo(String studentId, String sha256) throws IOException {
        return send(get("/api/v1/students/" + studentId + "/faces/" + sha256));
    }

    public void decision(String runId, Decision decision) throws IOException {
        send(post("/api/v1/recognition/runs/" + runId + "/decisions", decision));
    }

    public void callback(Callback callback) throws IOException {
        send(post("/api/v1/recognition-callback", callback));
    }

    public void report(RunSummary summary) throws IOException {
        send(post("/api/v1/recognition/runs", summary));
    }

    private RequestFactory get(String path) {
        return () -> authorised(path).GET().build();
    }

    private RequestFactory post(String path, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        return () -> authorised(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    /** Sends; an expired token (401) is renewed once when the client can sign in. */
    private byte[] send(RequestFactory requests) throws IOException {
        HttpRequest request = requests.build();
        HttpResponse<byte[]> response = exchange(request);
        if (response.statusCode() == 401 && password != null) {
            signIn();
            request = requests.build();
            response = exchange(request);
        }
        if (response.statusCode() >= 300) {
            throw new IOException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @FunctionalInterface
    private interface RequestFactory {
        HttpRequest build();
    }
}
