package com.slotledger.app.sitting;

import com.slotledger.api.shared.Sha256;
import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.command.sitting.SittingIds;
import com.slotledger.recognition.callback.BackendClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A sitting end to end over HTTP: sessions started and finalized by the assigned supervisor, recognitions from the
 * recognition service (accepted, or recorded as rejected with a reason), evidence images, RESCAN for exam and
 * regular attendance, manual decisions, the report and the listings. The clock stands 30 minutes into the slots.
 */
@MicronautTest(transactional = false)
class SittingAttendanceTest extends SittingSessionTest {

    @Inject
    EmbeddedServer server;

    private Reply session(String slot, String action, Api.User who) {
        return world.ok(api.post("/api/v1/slot-session/" + slot + "/" + action, null, who.token()));
    }

    private Map<String, Object> record(String attendanceId) {
        return world.ok(api.get("/api/v1/exam-attendance/" + attendanceId + "?minPosition=" + world.position, admin)).json();
    }

    private Map<String, Object> status(String slot) {
        return world.ok(api.get("/api/v1/slot-session/" + slot + "/exam-status?minPosition=" + world.position, admin)).json();
    }

    @Test
    void aSupervisorRunsAnExamAndRecognitionsMarkAttendance() {
        SittingWorld.Exam exam = world.exam(start, BERLIN.getId(), 3);
        String ann = exam.students().get(0).id();
        String bob = exam.students().get(1).id();
        Api.User supervisor = exam.supervisor();
        Recognitions callback = new Recognitions(api, world, recognition, exam.slot(), "EXAM");
        byte[] photo = Recognitions.jpeg();

        assertEquals(List.of("SESSION_INACTIVE"), callback.reasons(null, callback.seen(ann, 0.9, "f0", null)));
        session(exam.slot(), "start-exam", supervisor);
        assertEquals(true, status(exam.slot()).get("sessionRunning"));
        assertEquals("INITIAL", status(exam.slot()).get("sessionMode"));

        List<String> reasons = callback.reasons("INITIAL", callback.seen(ann, 0.93, "f1", photo),
                callback.seen(bob, 0.41, "f1", null), callback.seen("not-a-student", 0.95, "f1", null),
                callback.seen(ann, 0.93, "f1", null));
        assertEquals(Arrays.asList(null, "LOW_CONFIDENCE", "NOT_ON_ROSTER", "DUPLICATE_FRAME"), reasons);
        Map<String, Object> annRecord = record(exam.attendance(0));
        assertEquals("PRESENT", annRecord.get("status"));
        assertEquals("AUTO", annRecord.get("method"));
        assertEquals(0.93, ((Number) annRecord.get("confidence")).doubleValue());

        Download evidence = Download.get(client, "/api/v1/exam-attendance/" + exam.attendance(0) + "/evidence", supervisor.token());
        assertEquals(200, evidence.status());
        assertEquals("image/jpeg", evidence.contentType());
        assertArrayEquals(photo, evidence.body());
        assertEquals("EVIDENCE_NOT_FOUND", api.get("/api/v1/exam-attendance/" + exam.attendance(1) + "/evidence",
                admin).string("code"));

        session(exam.slot(), "stop-exam", supervisor);
        Map<String, Object> finalized = status(exam.slot());
        assertEquals(true, finalized.get("finalized"));
        assertEquals(Map.of("NOT_YET", 0, "PRESENT", 1, "ABSENT", 2), finalized.get("counts"));
        assertEquals("FINALIZE", record(exam.attendance(1)).get("method"));

        session(exam.slot(), "rescan-exam", supervisor);
        assertEquals(Arrays.asList((String) null), callback.reasons("RESCAN", callback.seen(bob, 0.88, "f2", null)));
        session(exam.slot(), "stop-exam", supervisor);
        assertEquals("PRESENT", record(exam.attendance(1)).get("status"), "a late arrival seen in the rescan");
        assertEquals("PRESENT", record(exam.attendance(0)).get("status"), "exam attendance trusts completion");
        assertEquals("ABSENT", record(exam.attendance(2)).get("status"));

        world.ok(api.put("/api/v1/exam-attendance/" + exam.attendance(2), Map.of("status", "PRESENT",
                "remark", "arrived late, ID checked"), supervisor.token()));
        Map<String, Object> manual = record(exam.attendance(2));
        assertEquals("MANUAL", manual.get("method"));
        assertEquals("arrived late, ID checked", manual.get("remark"));
        assertEquals(supervisor.id(), manual.get("markedBy"));

        Map<String, Object> report = world.ok(api.get("/api/v1/exam-slots/" + exam.slot() + "/attendance-report?minPosition="
                + world.position, supervisor.token())).json();
        assertEquals(3, ((Number) report.get("total")).intValue());
        assertEquals(Map.of("NOT_YET", 0, "PRESENT", 3, "ABSENT", 0), report.get("byStatus"));
        Map<?, ?> subject = (Map<?, ?>) ((List<?>) report.get("subjects")).get(0);
        assertEquals(3, ((Number) subject.get("participants")).intValue());
        assertEquals(3, ((Number) subject.get("present")).intValue());
        assertEquals(2, ((Number) report.get("detectionsAccepted")).intValue());
        assertEquals(Map.of("SESSION_INACTIVE", 1, "LOW_CONFIDENCE", 1, "NOT_ON_ROSTER", 1, "DUPLICATE_FRAME", 1),
                report.get("detectionsRejected"));

        List<Map<String, Object>> rejected = api.get("/api/v1/exam-slots/" + exam.slot() + "/detections?accepted=false",
                supervisor.token()).list();
        assertEquals(4, rejected.size());
        Map<String, Object> low = rejected.stream().filter(d -> "LOW_CONFIDENCE".equals(d.get("reason"))).findFirst().orElseThrow();
        assertEquals(bob, low.get("studentId"));
        assertEquals(0.41, ((Number) low.get("confidence")).doubleValue());
        assertEquals("f1", low.get("frameHash"));

        String list = "/api/v1/exam-attendance?slotId=" + exam.slot() + "&minPosition=" + world.position;
        assertEquals(3, api.get(list + "&status=present", admin).list().size());
        assertEquals(0, api.get(list + "&needsReview=true", admin).list().size());
        assertEquals(1, api.get(list + "&studentUserId=" + bob, admin).list().size());
        assertEquals(400, api.get(list + "&status=LATE", admin).status());
    }

    /** The separate recognition process's own client speaks the callback as this endpoint reads it. */
    @Test
    void theSeparateRecognitionProcessesCallbackMarksAttendance() throws Exception {
        SittingWorld.Exam exam = world.exam(start.plus(Duration.ofDays(1)), BERLIN.getId(), 1);
        String ann = exam.students().get(0).id();
        session(exam.slot(), "start-exam", exam.supervisor());
        byte[] photo = Recognitions.jpeg();
        BackendClient process = new BackendClient(server.getURI(), recognition.token());

        process.callback(new BackendClient.Callback(AttendanceKind.EXAM, exam.slot(), SessionMode.INITIAL, List.of(
                new BackendClient.Recognition(ann, 0.9, clock.instant(), "process-frame-1", new BackendClient.Evidence(
                        Base64.getEncoder().encodeToString(photo), Sha256.hex(photo), "image/jpeg")))));

        // the client answers nothing to wait for: wait for the store's head instead
        world.position = world.ok(api.get("/api/v1/admin/projections", admin)).list().stream()
                .mapToLong(row -> ((Number) row.get("head")).longValue()).max().orElseThrow();
        Map<String, Object> annRecord = record(exam.attendance(0));
        assertEquals("PRESENT", annRecord.get("status"));
        assertEquals("AUTO", annRecord.get("method"));
    }

    @Test
    void regularAttendanceAsksAPersonToReviewWhatARescanDisagreesWith() {
        String semester = world.semester(SittingWorld.unique("SP"));
        Api.User supervisor = world.supervisor();
        Api.User ann = world.student(SittingWorld.unique("SE"));
        Api.User bob = world.student(SittingWorld.unique("SE"));
        String lecture = world.slot(semester, world.room(SittingWorld.unique("R")), start.toString(),
                start.plusSeconds(5400).toString(), "LECTURE", List.of(supervisor.id()));
        world.ok(api.post("/api/v1/slots/" + lecture + "/attendees", Map.of("studentUserIds", List.of(ann.id(), bob.id())), admin));
        String annRecord = SittingIds.attendance(lecture, ann.id());
        String bobRecord = SittingIds.attendance(lecture, bob.id());
        Recognitions callback = new Recognitions(api, world, recognition, lecture, "REGULAR");

        session(lecture, "start-exam", supervisor);
        assertEquals(Arrays.asList((String) null), callback.reasons(null, callback.seen(ann.id(), 0.9, "g1", null)));
        assertEquals(List.of("KIND_MISMATCH"), new Recognitions(api, world, recognition, lecture, "EXAM")
                .reasons(null, callback.seen(bob.id(), 0.9, "g1", null)));
        session(lecture, "stop-exam", supervisor);
        session(lecture, "rescan-exam", supervisor);
        callback.reasons("RESCAN", callback.seen(bob.id(), 0.9, "g2", null));
        session(lecture, "stop-exam", supervisor);

        Map<String, Object> annNow = record(annRecord);
        assertEquals("PRESENT", annNow.get("status"));
        assertEquals(true, annNow.get("needsReview"));
        assertEquals("not detected in the RESCAN pass", annNow.get("reviewReason"));
        Map<String, Object> bobNow = record(bobRecord);
        assertEquals("ABSENT", bobNow.get("status"));
        assertEquals(true, bobNow.get("needsReview"));
        List<?> review = (List<?>) api.get("/api/v1/exam-slots/" + lecture + "/attendance-report", admin).json().get("reviewList");
        assertEquals(2, review.size());

        world.ok(api.put("/api/v1/exam-attendance/" + annRecord, Map.of("status", "PRESENT"), supervisor.token()));
        assertEquals(false, record(annRecord).get("needsReview"));
        assertEquals(1, api.get("/api/v1/exam-attendance?needsReview=true&slotId=" + lecture + "&minPosition="
                + world.position, supervisor.token()).list().size());
    }

    @Test
    void badCallbacksChangeNothing() {
        SittingWorld.Exam exam = world.exam(start, BERLIN.getId(), 1);
        String ann = exam.students().get(0).id();
        Recognitions callback = new Recognitions(api, world, recognition, exam.slot(), "EXAM");
        session(exam.slot(), "start-exam", exam.supervisor());

        Map<String, Object> notBase64 = callback.seen(ann, 0.9, "h1", null);
        notBase64.put("evidence", Map.of("imageBase64", "***"));
        assertEquals(400, callback.send(null, notBase64).status());
        Map<String, Object> text = callback.seen(ann, 0.9, "h1", "just text".getBytes());
        Reply refused = callback.send(null, callback.seen(ann, 0.9, "h0", null), text);
        assertEquals(415, refused.status());
        assertEquals("FILE_TYPE_REFUSED", refused.string("code"));
        Map<String, Object> mismatch = callback.seen(ann, 0.9, "h1", null);
        mismatch.put("evidence", Map.of("imageBase64", Base64.getEncoder().encodeToString(Recognitions.jpeg()),
                "sha256", "0".repeat(64)));
        assertEquals("EVIDENCE_HASH_MISMATCH", callback.send(null, mismatch).string("code"));
        assertEquals(400, callback.send(null, callback.seen(ann, 1.5, "h1", null)).status());
        assertEquals(404, new Recognitions(api, world, recognition, "no-such-slot", "EXAM")
                .send(null, callback.seen(ann, 0.9, "h1", null)).status());
        assertEquals("NOT_YET", record(exam.attendance(0)).get("status"));
        Map<String, Object> report = api.get("/api/v1/exam-slots/" + exam.slot() + "/attendance-report", admin).json();
        assertEquals(0, ((Number) report.get("detectionsAccepted")).intValue());
        assertEquals(Map.of(), report.get("detectionsRejected"));
    }
}
