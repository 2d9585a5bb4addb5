package com.slotledger.app.recognition;

import com.slotledger.app.support.Api;
import com.slotledger.recognition.evaluation.ClassroomFrames;
import com.slotledger.recognition.evaluation.OrlDataset;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.junit.jupiter.api.Assumptions;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.bytedeco.opencv.global.opencv_core.hconcat;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

/** Photos for enrolment tests, made from the ORL faces (tests needing them are skipped, saying why, without). */
final class FacePhotos {

    private FacePhotos() {
    }

    static OrlDataset orl() {
        var dataset = OrlDataset.locate();
        if (dataset.isEmpty()) {
            System.out.println("SKIPPED (face fixtures): " + OrlDataset.whereLooked());
        }
        Assumptions.assumeTrue(dataset.isPresent(), OrlDataset.whereLooked());
        return dataset.get();
    }

    static byte[] portrait(OrlDataset orl, int subject, int image, String format) {
        try (Mat photo = orl.portrait(subject, image)) {
            return encode(photo, format);
        }
    }

    /** Two students side by side in one photo. */
    static byte[] twoFaces(OrlDataset orl) {
        try (Mat left = orl.portrait(1, 1); Mat right = orl.portrait(2, 1); Mat both = new Mat()) {
            hconcat(left, right, both);
            return encode(both, ".jpg");
        }
    }

    /** An empty classroom: a real photo with no face in it. */
    static byte[] noFace() {
        try (ClassroomFrames.Frame frame = new ClassroomFrames(3, 1.3).frame(0, List.of());
             Mat corner = new Mat(frame.image(), new Rect(0, 0, 320, 320))) {
            return encode(corner, ".png");
        }
    }

    static byte[] encode(Mat image, String format) {
        try (BytePointer encoded = new BytePointer()) {
            if (!imencode(format, image, encoded)) {
                throw new IllegalStateException("encoding failed");
            }
            byte[] bytes = new byte[(int) encoded.limit()];
            encoded.get(bytes);
            return bytes;
        }
    }

    static MutableHttpRequest<?> upload(String studentId, byte[] photo, String fileName) {
        MultipartBody body = MultipartBody.builder()
                .addPart("photo", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, photo).build();
        return HttpRequest.POST("/api/v1/students/" + studentId + "/faces", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    /** A CANDIDATE account registered as a sitting student; its id is the student id. */
    static Api.User student(Api api, String admin) {
        Api.User user = api.user(admin, Set.of("CANDIDATE"), null);
        Api.Reply reply = api.post("/api/v1/students", Map.of("userId", user.id(), "rollNumber", Api.unique("RC"),
                "name", "Student " + user.username()), admin);
        if (reply.status() >= 300) {
            throw new AssertionError("student registration failed: " + reply);
        }
        return user;
    }
}
