package com.slotledger.app.recognition;

import com.slotledger.api.recognition.FaceCommands;
import com.slotledger.api.shared.Sha256;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.command.shared.Jdbc;
import com.slotledger.recognition.enrolment.ModelRegistry;
import com.slotledger.recognition.evaluation.OrlDataset;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enrolling, listing, viewing and removing a student's face photos over HTTP, with what it leaves in the store. */
@MicronautTest(transactional = false)
class FaceEnrolmentTest extends IntegrationTest {

    @Inject
    ModelRegistry models;

    @Inject
    Jdbc jdbc;

    String operator;

    @BeforeAll
    void users() {
        signIn();
        operator = api.user(admin, Set.of("DATA_OPERATOR"), null).token();
    }

    @Test
    void anEnrolledPhotoIsStoredByHashRecordedAsAnEventAndLearntByTheModel() {
        OrlDataset orl = FacePhotos.orl();
        String student = FacePhotos.student(api, admin).id();
        byte[] photo = FacePhotos.portrait(orl, 3, 1, ".png");

        Reply enrolled = api.send(FacePhotos.upload(student, photo, "face.jpg"), operator);
        assertEquals(201, enrolled.status(), enrolled.toString());
        String hash = enrolled.string("sha256");
        assertEquals(64, hash.length());
        assertEquals("image/png", enrolled.string("mediaType"), "the type comes from the bytes, not the file name");
        assertTrue(enrolled.position() > 0);
        assertTrue(enrolled.string("model").contains("lbph"), enrolled.toString());

        List<Map<String, Object>> listed = api.get("/api/v1/students/" + student + "/faces", operator).list();
        assertEquals(1, listed.size());
        assertEquals(hash, listed.get(0).get("sha256"));
        HttpResponse<byte[]> image = client.toBlocking().exchange(HttpRequest.GET("/api/v1/students/" + student
                + "/faces/" + hash).bearerAuth(operator), Argument.of(byte[].class));
        assertArrayEquals(photo, image.body());
        assertEquals("image/png", image.getContentType().orElseThrow().toString());

        Reply again = api.send(FacePhotos.upload(student, photo, "face.png"), operator);
        assertEquals(409, again.status());
        assertEquals("FACE_ALREADY_ENROLLED", again.string("code"));

        List<Map<String, Object>> events = api.get("/api/v1/audit/aggregates/" + FaceCommands.facesId(student) + "/events", admin).list();
        assertEquals(1, events.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) events.get(0).get("payload");
        assertEquals(Set.of("studentId", "photoHash", "mediaType", "size", "model", "by", "at"), payload.keySet(),
                "the event carries the hash, never the image");
        assertEquals(hash, payload.get("photoHash"));
        assertEquals(photo.length, ((Number) payload.get("size")).intValue());
        assertTrue(events.get(0).get("actorRoles").toString().contains("DATA_OPERATOR"));

        assertTrue(models.refresh().students().contains(student), "the retrained model knows the student");
    }

    @Test
    void removingAStudentsFacesDeletesTheImagesAndTheModelsDataAndKeepsOnlyHashes() {
        OrlDataset orl = FacePhotos.orl();
        String student = FacePhotos.student(api, admin).id();
        String other = FacePhotos.student(api, admin).id();
        String first = api.send(FacePhotos.upload(student, FacePhotos.portrait(orl, 4, 1, ".jpg"), "a.jpg"), operator).string("sha256");
        String second = api.send(FacePhotos.upload(student, FacePhotos.portrait(orl, 4, 2, ".jpg"), "b.jpg"), operator).string("sha256");
        String shared = api.send(FacePhotos.upload(other, FacePhotos.portrait(orl, 4, 2, ".jpg"), "b.jpg"), operator).string("sha256");
        assertEquals(second, shared, "the same photo enrolled for two students is stored once");
        assertTrue(models.refresh().students().contains(student));

        Reply removed = api.delete("/api/v1/students/" + student + "/faces", operator);
        assertEquals(200, removed.status(), removed.toString());
        assertEquals(Set.of(first, second), Set.copyOf((List<?>) removed.json().get("removed")));

        assertEquals(List.of(), api.get("/api/v1/students/" + student + "/faces", operator).list());
        assertEquals("FACE_NOT_FOUND", api.get("/api/v1/students/" + student + "/faces/" + first, operator).string("code"));
        assertEquals(0, count("SELECT count(*) FROM recognition_photo WHERE sha256 = ?", first), "its image is gone");
        assertEquals(1, count("SELECT count(*) FROM recognition_photo WHERE sha256 = ?", second),
                "an image another student still uses stays");
        assertEquals(0, count("SELECT count(*) FROM recognition_face WHERE student_id = ?", student), "the model's data is gone");
        assertFalse(models.refresh().students().contains(student), "the retrained model no longer knows the student");
        assertTrue(models.current().students().contains(other));

        List<Map<String, Object>> events = api.get("/api/v1/audit/aggregates/" + FaceCommands.facesId(student) + "/events", admin).list();
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) events.get(events.size() - 1).get("payload");
        assertEquals(Set.of(first, second), Set.copyOf((List<?>) last.get("photoHashes")));
        assertEquals(Set.of("studentId", "photoHashes", "by", "at"), last.keySet());

        Reply nothingLeft = api.delete("/api/v1/students/" + student + "/faces", operator);
        assertEquals(404, nothingLeft.status());
        assertEquals("FACE_NOT_FOUND", nothingLeft.string("code"));
    }

    @Test
    void photosWithoutExactlyOneFaceOrOfTheWrongKindAreRefusedWithClearCodes() {
        String student = FacePhotos.student(api, admin).id();
        assertRefused(student, FacePhotos.noFace(), 400, "NO_FACE_FOUND");
        assertRefused(student, "just some text, not an image".getBytes(), 415, "FILE_TYPE_REFUSED");
        byte[] truncated = Arrays.copyOf(FacePhotos.noFace(), 200);
        assertRefused(student, truncated, 400, "FACE_PHOTO_UNREADABLE");
        byte[] huge = new byte[600_000];
        System.arraycopy(FacePhotos.noFace(), 0, huge, 0, 100);
        assertRefused(student, huge, 413, "PAYLOAD_TOO_LARGE");
        assertRefused(student, pngDeclaring(50_000, 50_000), 413, "PAYLOAD_TOO_LARGE");

        OrlDataset orl = FacePhotos.orl();
        assertRefused(student, FacePhotos.twoFaces(orl), 400, "SEVERAL_FACES_FOUND");
        assertEquals(List.of(), api.get("/api/v1/students/" + student + "/faces", operator).list());
    }

    @Test
    void anUnknownStudentGetsNoFacesAndNoStoredPhoto() {
        OrlDataset orl = FacePhotos.orl();
        byte[] photo = FacePhotos.portrait(orl, 5, 3, ".png");
        Reply reply = api.send(FacePhotos.upload("no-such-student", photo, "face.png"), operator);
        assertEquals(404, reply.status(), reply.toString());
        assertEquals("REFERENCE_NOT_FOUND", reply.string("code"));
        assertEquals(0, count("SELECT count(*) FROM recognition_face WHERE student_id = ?", "no-such-student"));
        assertEquals(0, count("SELECT count(*) FROM recognition_photo WHERE sha256 = ?",
                Sha256.hex(photo)), "the refused command rolled the photo back");
    }

    @Test
    void oneStudentsPathNeverShowsAnotherStudentsPhoto() {
        OrlDataset orl = FacePhotos.orl();
        String ann = FacePhotos.student(api, admin).id();
        String bob = FacePhotos.student(api, admin).id();
        String hash = api.send(FacePhotos.upload(ann, FacePhotos.portrait(orl, 6, 1, ".png"), "a.png"), operator).string("sha256");
        Reply viaBob = api.get("/api/v1/students/" + bob + "/faces/" + hash, operator);
        assertEquals(404, viaBob.status());
        assertEquals("FACE_NOT_FOUND", viaBob.string("code"));
        assertEquals(List.of(), api.get("/api/v1/students/" + bob + "/faces", operator).list());
    }

    private void assertRefused(String student, byte[] photo, int status, String code) {
        Reply reply = api.send(FacePhotos.upload(student, photo, "face.jpg"), operator);
        assertEquals(status, reply.status(), code + ": " + reply);
        assertEquals(code, reply.string("code"), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
    }

    /** A PNG header declaring a huge image: refused before anything is decoded. */
    private static byte[] pngDeclaring(int width, int height) {
        byte[] bytes = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        java.nio.ByteBuffer.wrap(bytes, 16, 8).putInt(width).putInt(height);
        return bytes;
    }

    private long count(String sql, String param) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, param);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
