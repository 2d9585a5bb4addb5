package com.slotledger.app.recognition;

import com.slotledger.api.recognition.RecognitionPermission;
import com.slotledger.api.shared.Role;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every recognition endpoint against every role, as RecognitionPermission says: allowed roles pass security
 * (whatever the business answer), the others get 403 problem+json, no token gets 401. Nothing here changes data:
 * the photo has no face, the removal finds no faces, the report is incomplete.
 */
@MicronautTest(transactional = false)
class RecognitionRoleMatrixTest extends IntegrationTest {

    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    String student;

    @BeforeAll
    void users() {
        signIn();
        for (Role role : Role.values()) {
            tokens.put(role, api.user(admin, Set.of(role.name()), null).token());
        }
        student = FacePhotos.student(api, admin).id();
    }

    record Endpoint(String name, Supplier<MutableHttpRequest<?>> request, RecognitionPermission permission) {
    }

    List<Endpoint> endpoints() {
        String faces = "/api/v1/students/" + student + "/faces";
        byte[] noFace = FacePhotos.noFace();
        return List.of(
                new Endpoint("enrol a face", () -> FacePhotos.upload(student, noFace, "x.png"), RecognitionPermission.FACE_ENROL),
                new Endpoint("list faces", () -> HttpRequest.GET(faces), RecognitionPermission.FACE_READ),
                new Endpoint("view a photo", () -> HttpRequest.GET(faces + "/" + "0".repeat(64)), RecognitionPermission.FACE_PHOTO_READ),
                new Endpoint("remove faces", () -> HttpRequest.DELETE(faces), RecognitionPermission.FACE_ENROL),
                new Endpoint("gallery", () -> HttpRequest.GET("/api/v1/recognition/gallery"), RecognitionPermission.GALLERY_READ),
                new Endpoint("runs", () -> HttpRequest.GET("/api/v1/recognition/runs"), RecognitionPermission.RUN_READ),
                new Endpoint("report a run", () -> HttpRequest.POST("/api/v1/recognition/runs", Map.of()), RecognitionPermission.RUN_REPORT),
                new Endpoint("record a decision", () -> HttpRequest.POST("/api/v1/recognition/runs/run-x/decisions", Map.of()),
                        RecognitionPermission.RUN_REPORT));
    }

    @Test
    void everyRecognitionEndpointAdmitsExactlyItsRoles() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Reply anonymous = api.send(endpoint.request().get(), null);
            if (anonymous.status() != 401) {
                wrong.add(endpoint.name() + " anonymous -> " + anonymous.status());
            }
            for (Role role : Role.values()) {
                Reply reply = api.send(endpoint.request().get(), tokens.get(role));
                boolean allowed = endpoint.permission().roles().contains(role);
                if (allowed && (reply.status() == 401 || reply.status() == 403 || reply.status() >= 500)) {
                    wrong.add(endpoint.name() + " " + role + " refused: " + reply);
                }
                if (!allowed && (reply.status() != 403 || !"FORBIDDEN".equals(reply.string("code")))) {
                    wrong.add(endpoint.name() + " " + role + " not refused with FORBIDDEN: " + reply);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
