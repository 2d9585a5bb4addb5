package com.slotledger.app.recognition;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.sitting.AttendanceCommands.StartSession;
import com.slotledger.api.sitting.AttendanceCommands.StopSession;
import com.slotledger.api.sitting.ParticipantPolicy;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.api.sitting.SlotCategory;
import com.slotledger.api.sitting.SlotCommands.AddParticipant;
import com.slotledger.api.sitting.SlotCommands.AssignSlotSubjects;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.Ids;
import com.slotledger.command.shared.Jdbc;
import com.slotledger.query.shared.ReadYourWrites;
import com.slotledger.query.sitting.SittingProjection;
import com.slotledger.recognition.evaluation.ClassroomFrames;
import com.slotledger.recognition.evaluation.ClassroomVideo;
import com.slotledger.recognition.evaluation.OrlDataset;
import com.slotledger.recognition.run.RecognitionSink;
import com.slotledger.recognition.run.RunSummary;
import com.slotledger.recognition.run.StudentRecognised;
import com.slotledger.recognition.service.RecognitionRuns;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From a camera to attendance through the real command path: students enrolled with photos over HTTP, an exam slot
 * with a roster set up with the sitting's commands, a room whose camera is a classroom video (or a live RTSP
 * stream). Starting the session starts the run; its RecognitionDetected commands mark the seated roster students
 * PRESENT; stopping the session stops the run and finalizes the rest ABSENT.
 */
@MicronautTest(transactional = false)
class SessionRecognitionTest extends IntegrationTest {

    private static final int[] PRESENT = {8, 14, 31};
    private static final int ABSENT = 21;
    private static final int ENROLLED_ELSEWHERE = 27;
    private static final int STRANGER = 36;
    private static final int[] SEATED = {PRESENT[2], PRESENT[1], STRANGER, PRESENT[0], ENROLLED_ELSEWHERE};
    private static final String FILE_ROOM = "REC-FILE-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String STREAM_ROOM = "REC-LIVE-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Path VIDEO = videoPath();
    private static final String STREAM_URL = "rtsp://127.0.0.1:" + freePort() + "/classroom";

    @Inject
    CommandDispatcher dispatcher;

    @Inject
    RecognitionRuns runs;

    @Inject
    ReadYourWrites readYourWrites;

    @Inject
    Jdbc jdbc;

    @Inject
    Clock clock;

    OrlDataset orl;
    final Map<Integer, String> studentOf = new HashMap<>();
    final Actor operator = Actor.system("session-recognition-test");
    String semester;
    String subject;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("slotledger.recognition.cameras.hall.room", FILE_ROOM);
        properties.put("slotledger.recognition.cameras.hall.url", VIDEO.toString());
        properties.put("slotledger.recognition.cameras.hall.frame-step", "1");
        properties.put("slotledger.recognition.cameras.live.room", STREAM_ROOM);
        properties.put("slotledger.recognition.cameras.live.url", STREAM_URL);
        properties.put("slotledger.recognition.cameras.live.options", "rtsp_flags=listen,listen_timeout=60");
        properties.put("slotledger.recognition.min-sightings", "3");
        return properties;
    }

    @BeforeAll
    void enrolStudentsAndRecordTheClassroom() throws Exception {
        orl = FacePhotos.orl();
        signIn();
        semester = api.post("/api/v1/semesters", Map.of("code", Api.unique("S").toUpperCase(), "startDate", "2026-01-01",
                "endDate", "2027-12-31"), admin).string("id");
        subject = api.post("/api/v1/subjects", Map.of("code", Api.unique("SUB").toUpperCase(), "name", "Recognition"),
                admin).string("id");
        String enroller = api.user(admin, Set.of("DATA_OPERATOR"), null).token();
        for (int person : new int[]{PRESENT[0], PRESENT[1], PRESENT[2], ABSENT, ENROLLED_ELSEWHERE}) {
            String student = FacePhotos.student(api, admin).id();
            studentOf.put(person, student);
            api.post("/api/v1/enrolments", Map.of("studentId", student, "subjectId", subject, "semesterId", semester), admin);
            for (int image = 1; image <= 5; image++) {
                var reply = api.send(FacePhotos.upload(student, FacePhotos.portrait(orl, person, image, ".jpg"), "p.jpg"), enroller);
                assertEquals(201, reply.status(), reply.toString());
            }
        }
        record(0);
    }

    /** The file camera's recording, from frame {@code first} of the classroom on. */
    private void record(int first) throws Exception {
        ClassroomVideo.record(ClassroomVideo.recorder(VIDEO.toString(), "mp4", 10), 30, index -> frame(first + index).image());
    }

    private ClassroomFrames.Frame frame(int index) {
        List<ClassroomFrames.Seat> seats = new ArrayList<>();
        for (int seat = 0; seat < SEATED.length; seat++) {
            seats.add(new ClassroomFrames.Seat("s" + SEATED[seat], orl.image(SEATED[seat], 6 + (index / 6 + seat) % 5)));
        }
        ClassroomFrames.Frame frame = new ClassroomFrames(11, 1.3).frame(index, seats);
        seats.forEach(seat -> seat.face().close());
        return frame;
    }

    /** An exam in {@code roomName} today, with the three seated roster students and the absent one as participants. */
    private String examIn(String roomName) {
        String room = api.post("/api/v1/rooms", Map.of("name", roomName, "capacity", 40), admin).string("id");
        Instant start = clock.instant().truncatedTo(ChronoUnit.HOURS);
        String slot = Ids.newId();
        dispatcher.send(new ScheduleSlot(slot, semester, room, start, start.plus(2, ChronoUnit.HOURS), ZoneId.of("UTC"),
                SlotCategory.FINAL_EXAM, List.of(), null, null, operator.userId(), clock.instant()), operator);
        dispatcher.send(new AssignSlotSubjects(slot, List.of(subject), operator.userId(), clock.instant()), operator);
        for (int person : new int[]{PRESENT[0], PRESENT[1], PRESENT[2], ABSENT}) {
            dispatcher.send(new AddParticipant(slot, subject, studentOf.get(person), ParticipantPolicy.SINGLE,
                    operator.userId(), clock.instant()), operator);
        }
        return slot;
    }

    @Test
    void aClassroomVideoMarksTheSeatedRosterStudentsPresentAndARescanRunsInRescanMode() throws Exception {
        record(0);
        String slot = examIn(FILE_ROOM);

        RunSummary first = runSession(slot, SessionMode.INITIAL);
        long stopped = dispatcher.send(new StopSession(slot, operator.userId(), true, clock.instant()), operator).position();
        readYourWrites.await(SittingProjection.NAME, stopped);

        Map<String, List<Object>> attendance = rows("SELECT student_id, status, method FROM sitting_attendance_view"
                + " WHERE slot_id = ?", slot);
        for (int person : PRESENT) {
            assertEquals(List.of("PRESENT", "AUTO"), attendance.get(studentOf.get(person)), "seated student s" + person);
        }
        assertEquals(List.of("ABSENT", "FINALIZE"), attendance.get(studentOf.get(ABSENT)), "the absent roster student");
        assertFalse(attendance.containsKey(studentOf.get(ENROLLED_ELSEWHERE)), "not on this slot's roster");

        Map<String, List<Object>> detections = rows("SELECT student_id, accepted, confidence, mode, evidence_hash"
                + " FROM sitting_detection_view WHERE slot_id = ?", slot);
        assertEquals(Set.of(studentOf.get(PRESENT[0]), studentOf.get(PRESENT[1]), studentOf.get(PRESENT[2])),
                detections.keySet(), "one RecognitionDetected per recognised roster student: " + detections);
        for (List<Object> detection : detections.values()) {
            assertEquals(Boolean.TRUE, detection.get(0));
            assertTrue(((Number) detection.get(1)).doubleValue() >= 0.6, detection.toString());
            assertEquals("INITIAL", detection.get(2));
            assertEquals(1, rows("SELECT sha256, media_type FROM sitting_evidence WHERE sha256 = ?",
                    (String) detection.get(3)).size(), "the evidence crop is stored by its hash");
        }

        assertEquals(RunSummary.End.COMPLETED, first.end());
        assertEquals(SessionMode.INITIAL, first.mode());
        assertTrue(first.unknownFaces() > 0, "the stranger is counted: " + first);
        assertTrue(first.offRosterFaces() > 0, "the student enrolled for other slots is counted apart: " + first);
        List<Map<String, Object>> log = api.get("/api/v1/audit/aggregates/" + first.runId() + "/events", admin).list();
        List<Map<String, Object>> decided = log.stream().filter(e -> e.get("payloadType").toString().endsWith("RecognitionDecided")).toList();
        assertEquals(3, decided.size(), log.toString());
        for (Map<String, Object> event : decided) {
            Map<?, ?> payload = (Map<?, ?>) event.get("payload");
            assertEquals(first.modelVersion(), payload.get("modelVersion"), "each decision names its model version");
            assertEquals(first.threshold(), ((Number) payload.get("threshold")).doubleValue(), "and its threshold");
            assertEquals(first.runId(), event.get("correlationId"));
        }
        Map<?, ?> report = (Map<?, ?>) log.get(log.size() - 1).get("payload");
        assertEquals(first.unknownFaces(), ((Number) report.get("unknownFaces")).longValue(), "unknown faces are on record");
        assertEquals(Map.of(), report.get("rejected"), "the slot accepted every decision");

        record(1000);
        RunSummary rescan = runSession(slot, SessionMode.RESCAN);
        long finalized = dispatcher.send(new StopSession(slot, operator.userId(), true, clock.instant()), operator).position();
        readYourWrites.await(SittingProjection.NAME, finalized);
        assertEquals(SessionMode.RESCAN, rescan.mode());
        assertEquals(3, rows("SELECT student_id, mode FROM sitting_detection_view WHERE slot_id = ? AND mode = 'RESCAN'"
                + " AND accepted", slot).size(), "the rescan's detections, from a new recording, count in the RESCAN pass");
        assertEquals(List.of("ABSENT", "FINALIZE"), rows("SELECT student_id, status, method FROM sitting_attendance_view"
                + " WHERE slot_id = ?", slot).get(studentOf.get(ABSENT)));
    }

    @Test
    void aLiveCameraIsRecognisedWhileTheSessionRunsAndStopsWhenTheSessionStops() throws Exception {
        String slot = examIn(STREAM_ROOM);
        Listener listener = new Listener(slot);
        runs.addListener(listener);
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<Void> camera = CompletableFuture.runAsync(() -> send(sending, sent));
        try {
            dispatcher.send(new StartSession(slot, SessionMode.INITIAL, operator.userId(), true, clock.instant()), operator);
            StudentRecognised firstDecision = listener.decided.get(120, TimeUnit.SECONDS);
            assertEquals(SessionMode.INITIAL, firstDecision.mode());
            dispatcher.send(new StopSession(slot, operator.userId(), true, clock.instant()), operator);
            RunSummary summary = listener.summary.get(60, TimeUnit.SECONDS);
            assertEquals(RunSummary.End.STOPPED, summary.end(), summary.toString());
            assertTrue(summary.source().startsWith("stream rtsp://127.0.0.1"), summary.source());
            assertTrue(summary.recognised().containsKey(firstDecision.studentId()));
        } finally {
            sending.set(false);
            runs.removeListener(listener);
            camera.get(60, TimeUnit.SECONDS);
        }
        assertTrue(sent.get() > 0, "the camera sent frames");
    }

    private RunSummary runSession(String slot, SessionMode mode) throws Exception {
        Listener listener = new Listener(slot);
        runs.addListener(listener);
        try {
            dispatcher.send(new StartSession(slot, mode, operator.userId(), true, clock.instant()), operator);
            return listener.summary.get(120, TimeUnit.SECONDS);
        } finally {
            runs.removeListener(listener);
        }
    }

    /** The camera of the live room: connects once the run's grabber listens, sends until switched off. */
    private void send(AtomicBoolean sending, AtomicInteger sent) {
        for (int attempt = 0; attempt < 600 && sent.get() == 0 && sending.get(); attempt++) {
            FFmpegFrameRecorder recorder = ClassroomVideo.recorder(STREAM_URL, "rtsp", 10);
            recorder.setOption("rtsp_transport", "tcp");
            try {
                ClassroomVideo.stream(recorder, index -> {
                    sent.incrementAndGet();
                    return frame(index % 30).image();
                }, sending::get);
                return;
            } catch (Exception e) {
                if (sent.get() > 0) {
                    return;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }
    }

    /** The first decision and the summary of the next run on one slot. */
    private static final class Listener implements RecognitionSink {
        final String slot;
        final CompletableFuture<StudentRecognised> decided = new CompletableFuture<>();
        final CompletableFuture<RunSummary> summary = new CompletableFuture<>();

        Listener(String slot) {
            this.slot = slot;
        }

        @Override
        public void recognised(StudentRecognised decision) {
            if (decision.slotId().equals(slot)) {
                decided.complete(decision);
            }
        }

        @Override
        public void finished(RunSummary run) {
            if (run.slotId().equals(slot)) {
                summary.complete(run);
            }
        }
    }

    /** Rows keyed by their first column, the other columns in order. */
    private Map<String, List<Object>> rows(String sql, String param) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, param);
                Map<String, List<Object>> rows = new LinkedHashMap<>();
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        List<Object> values = new ArrayList<>();
                        for (int column = 2; column <= columns; column++) {
                            values.add(result.getObject(column));
                        }
                        rows.put(result.getString(1), values);
                    }
                }
                return rows;
            }
        });
    }

    private static Path videoPath() {
        try {
            Path dir = Files.createTempDirectory("slotledger-recognition");
            dir.toFile().deleteOnExit();
            Path video = dir.resolve("classroom.mp4");
            video.toFile().deleteOnExit();
            return video;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
