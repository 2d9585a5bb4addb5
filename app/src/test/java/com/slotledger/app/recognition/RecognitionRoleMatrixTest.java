package com.slotledger.app.recognition;

import com.slotledger.api.recognition.RecognitionPermission;
import com.slotledger.api.shared.Role;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.app.support.RoleMatrix;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;


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
        RoleMatrix.assertAdmitsExactly(endpoints().stream()
                .map(e -> new RoleMatrix.Endpoint(e.name(), e.permission().roles(),
                        token -> api.send(e.request().get(), token)))
                .toList(), tokens::get, false);
    }
}
