package com.slotledger.recognition.run;

import com.slotledger.api.sitting.SessionMode;
import com.slotledger.recognition.detection.CascadeFaceDetector;
import com.slotledger.recognition.detection.FaceBox;
import com.slotledger.recognition.evaluation.ClassroomFrames;
import com.slotledger.recognition.evaluation.ClassroomVideo;
import com.slotledger.recognition.evaluation.OrlDataset;
import com.slotledger.recognition.model.Decision;
import com.slotledger.recognition.model.EnrolledFace;
import com.slotledger.recognition.model.FaceNormaliser;
import com.slotledger.recognition.model.LbphMatcher;
import com.slotledger.recognition.model.TrainedModel;
import com.slotledger.recognition.source.CapturedFrame;
import com.slotledger.recognition.source.GrabberFrameSource;
import com.slotledger.recognition.source.ImageFrameSource;
import com.slotledger.recognition.support.CollectingSink;
import com.slotledger.recognition.support.Orl;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline over synthetic classroom video (640x480, H.264): three roster students, one enrolled student
 * who is not on this slot's roster and one stranger sit in every frame; one roster student is absent. The video is
 * read as a file and streamed over RTSP on loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassroomVideoTest {

    private static final int[] ROSTER_PRESENT = {5, 8, 14};
    private static final int ROSTER_ABSENT = 21;
    private static final int ENROLLED_ELSEWHERE = 27;
    private static final int STRANGER = 36;
    private static final int[] SEATED = {ROSTER_PRESENT[2], ROSTER_PRESENT[1], STRANGER, ROSTER_PRESENT[0], ENROLLED_ELSEWHERE};
    private static final Instant RECORDED_AT = Instant.parse("2026-06-01T08:00:00Z");
    private static final int FRAMES = 30;

    @TempDir
    static Path dir;

    private OrlDataset orl;
    private CascadeFaceDetector detector;
    private FacePipeline pipeline;
    private TrainedModel model;
    private Path video;
    private final List<List<ClassroomFrames.Placement>> truth = new ArrayList<>();
    private final Clock clock = Clock.fixed(RECORDED_AT, ZoneOffset.UTC);

    @BeforeAll
    void enrolAndRecord() throws Exception {
        orl = Orl.dataset();
        detector = new CascadeFaceDetector(CascadeFaceDetector.Kind.HAAR, 60, 320);
        FaceNormaliser normaliser = new FaceNormaliser();
        int[] enrolled = {ROSTER_PRESENT[0], ROSTER_PRESENT[1], ROSTER_PRESENT[2], ROSTER_ABSENT, ENROLLED_ELSEWHERE};
        List<EnrolledFace> faces = Orl.enrol(orl, detector, normaliser, enrolled, 1, 5);
        model = TrainedModel.train(LbphMatcher.TUNED, normaliser.name(), faces, null);
        pipeline = new FacePipeline(detector, normaliser, () -> model);
        video = dir.resolve("classroom.mp4");
        ClassroomVideo.record(ClassroomVideo.recorder(video.toString(), "mp4", 10), FRAMES, index -> {
            ClassroomFrames.Frame frame = frame(index);
            truth.add(frame.truth());
            return frame.image();
        });
    }

    @AfterAll
    void close() {
        if (detector != null) {
            detector.close();
        }
    }

    private static Set<String> roster() {
        Set<String> roster = new HashSet<>();
        for (int subject : ROSTER_PRESENT) {
            roster.add(OrlDataset.studentId(subject));
        }
        roster.add(OrlDataset.studentId(ROSTER_ABSENT));
        return roster;
    }

    private static Set<String> present() {
        return Set.of(OrlDataset.studentId(ROSTER_PRESENT[0]), OrlDataset.studentId(ROSTER_PRESENT[1]),
                OrlDataset.studentId(ROSTER_PRESENT[2]));
    }

    /** Frame {@code index}: each seated person shows one of their unenrolled images (6..10), changing over time. */
    private ClassroomFrames.Frame frame(int index) {
        List<ClassroomFrames.Seat> seats = new ArrayList<>();
        for (int seat = 0; seat < SEATED.length; seat++) {
            seats.add(new ClassroomFrames.Seat(OrlDataset.studentId(SEATED[seat]), orl.image(SEATED[seat], 6 + (index / 6 + seat) % 5)));
        }
        ClassroomFrames.Frame frame = new ClassroomFrames(11, 1.3).frame(index, seats);
        seats.forEach(seat -> seat.face().close());
        return frame;
    }

    @Test
    void theVideosDetectionsAndRecognitionsMatchWhereWhoWasSeated() throws Exception {
        int placed = 0;
        int found = 0;
        int named = 0;
        int misnamed = 0;
        int boxes = 0;
        try (GrabberFrameSource source = GrabberFrameSource.videoFile(video, RECORDED_AT, clock)) {
            CapturedFrame frame;
            while ((frame = source.next()) != null) {
                try (PointerScope scope = new PointerScope()) {
                    List<FacePipeline.Face> faces = pipeline.analyse(frame.image());
                    List<ClassroomFrames.Placement> seated = truth.get((int) frame.index());
                    for (FacePipeline.Face face : faces) {
                        boxes++;
                        ClassroomFrames.Placement at = seated.stream().filter(p -> inside(face.box(), p.rect())).findFirst()
                                .orElseThrow(() -> new AssertionError("a face detected where nobody sits: " + face.box()));
                        Decision decision = face.decision();
                        if (decision.known() && !decision.studentId().equals(at.personId())) {
                            misnamed++;
                        }
                    }
                    for (ClassroomFrames.Placement seat : seated) {
                        placed++;
                        var face = faces.stream().filter(f -> inside(f.box(), seat.rect())).findFirst();
                        found += face.isPresent() ? 1 : 0;
                        named += face.isPresent() && seat.personId().equals(face.get().decision().studentId()) ? 1 : 0;
                    }
                }
            }
        }
        System.out.printf("classroom video vs ground truth: %d of %d seated faces detected, %d named correctly, %d misnamed, %d boxes%n",
                found, placed, named, misnamed, boxes);
        assertEquals(FRAMES * SEATED.length, placed, "every frame was decoded");
        assertTrue(found >= 0.9 * placed, found + " of " + placed + " seated faces detected");
        assertTrue(named >= 0.5 * placed, named + " of " + placed + " seated faces named correctly");
        assertTrue(misnamed <= 0.02 * placed, misnamed + " faces accepted as someone else");
    }

    @Test
    void aVideoFileMarksEachPresentRosterStudentOnceAndCountsTheRest() throws Exception {
        CollectingSink sink = new CollectingSink();
        new RecognitionRun("run-1", "slot-1", SessionMode.INITIAL, roster(),
                GrabberFrameSource.videoFile(video, RECORDED_AT, clock), pipeline, sink, new RunOptions(1, 3), clock).run();
        RunSummary summary = sink.awaitSummary();

        Set<String> decided = sink.decisions.stream().map(StudentRecognised::studentId).collect(Collectors.toSet());
        assertEquals(present(), decided, "decided: " + sink.decisions + "\nsummary: " + summary);
        assertEquals(3, sink.decisions.size(), "one decision per student per run");
        assertEquals(RunSummary.End.COMPLETED, summary.end());
        assertEquals(FRAMES, summary.framesRead());
        assertTrue(summary.unknownFaces() > 0, "the stranger is counted: " + summary);
        assertTrue(summary.offRosterFaces() > 0, "the student enrolled elsewhere is counted apart: " + summary);
        assertEquals(present(), summary.recognised().keySet());
        assertTrue(summary.unconfirmed().getOrDefault(OrlDataset.studentId(ROSTER_ABSENT), 0) < 3,
                "a face taken now and then for the absent student never adds up to a decision: " + summary.unconfirmed());
        assertEquals(FRAMES, summary.stages().frames());
        for (StudentRecognised decision : sink.decisions) {
            assertEquals(model.version(), decision.modelVersion());
            assertEquals(model.threshold(), decision.threshold());
            assertTrue(decision.confidence() >= Decision.CONFIDENCE_AT_THRESHOLD, "accepted decisions are within the threshold");
            assertTrue(decision.sightings() >= 3);
            assertEquals(SessionMode.INITIAL, decision.mode());
            assertTrue(!decision.capturedAt().isBefore(RECORDED_AT)
                    && decision.capturedAt().isBefore(RECORDED_AT.plusSeconds(FRAMES / 10 + 1)));
            assertEquals(64, decision.frameHash().length());
            try (Mat evidence = ImageFrameSource.decode(decision.evidenceJpeg())) {
                assertTrue(evidence.cols() >= 60, "evidence is a face crop");
            }
        }
        System.out.println("classroom video: " + summary);
    }

    @Test
    void aCameraStreamOverRtspOnLoopbackIsRecognisedLiveUntilTheRunIsStopped() throws Exception {
        String url = "rtsp://127.0.0.1:" + freePort() + "/classroom";
        AtomicBoolean sending = new AtomicBoolean(true);
        CollectingSink sink = new CollectingSink();
        CompletableFuture<RecognitionRun> started = new CompletableFuture<>();
        // the grabber listens (no RTSP server): opening it waits for the camera to connect
        Thread listener = new Thread(() -> {
            try {
                GrabberFrameSource source = GrabberFrameSource.stream(url, Map.of("rtsp_flags", "listen",
                        "listen_timeout", "30"), Clock.systemUTC());
                RecognitionRun run = new RecognitionRun("run-3", "slot-1", SessionMode.RESCAN, roster(), source, pipeline,
                        sink, new RunOptions(2, 3), Clock.systemUTC());
                started.complete(run);
                run.run();
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
            }
        }, "rtsp-listener");
        listener.start();
        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<Void> camera = CompletableFuture.runAsync(() -> send(url, sending, sent));

        RecognitionRun run = started.get(60, TimeUnit.SECONDS);
        assertTrue(sink.awaitDecisions(present().size(), 60), "decided while streaming: " + sink.decisions);
        run.stop();
        RunSummary summary = sink.awaitSummary();
        sending.set(false);
        listener.join(30_000);
        camera.get(30, TimeUnit.SECONDS);
        int frames = sent.get();

        assertEquals(RunSummary.End.STOPPED, summary.end(), summary.toString());
        assertEquals(present(), summary.recognised().keySet());
        assertTrue(summary.source().startsWith("stream rtsp://127.0.0.1"), summary.source());
        assertTrue(summary.framesRead() <= frames, summary.framesRead() + " read of " + frames + " sent");
        assertTrue(sink.decisions.stream().allMatch(d -> d.mode() == SessionMode.RESCAN));
        System.out.println("rtsp stream: " + frames + " frames sent; " + summary);
    }

    /**
     * The camera: connects to the listening grabber (retrying while it is not yet listening) and sends until told to
     * stop or until the grabber hangs up, counting the frames it sent.
     */
    private void send(String url, AtomicBoolean sending, AtomicInteger sent) {
        for (int attempt = 0; attempt < 100 && sent.get() == 0; attempt++) {
            FFmpegFrameRecorder recorder = ClassroomVideo.recorder(url, "rtsp", 10);
            recorder.setOption("rtsp_transport", "tcp");
            try {
                ClassroomVideo.stream(recorder, index -> {
                    sent.incrementAndGet();
                    return frame(index % FRAMES).image();
                }, sending::get);
                return;
            } catch (Exception e) {
                if (sent.get() > 0 || !sending.get()) {
                    return;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }
    }

    @Test
    void anUploadedImageIsAOneFrameRun() throws Exception {
        byte[] jpeg;
        try (ClassroomFrames.Frame frame = frame(0)) {
            jpeg = RecognitionRun.jpeg(frame.image(), new FaceBox(0, 0, frame.image().cols(), frame.image().rows(), 1));
        }
        CollectingSink sink = new CollectingSink();
        new RecognitionRun("run-2", "slot-1", SessionMode.RESCAN, roster(), new ImageFrameSource(jpeg, RECORDED_AT),
                pipeline, sink, new RunOptions(1, 1), clock).run();
        RunSummary summary = sink.awaitSummary();
        assertEquals(1, summary.framesAnalysed());
        assertTrue(summary.facesDetected() >= 4, summary.toString());
        assertTrue(sink.decisions.stream().allMatch(d -> roster().contains(d.studentId()) && d.mode() == SessionMode.RESCAN));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean inside(FaceBox box, Rect placed) {
        return box.centreX() > placed.x() && box.centreX() < placed.x() + placed.width()
                && box.centreY() > placed.y() && box.centreY() < placed.y() + placed.height();
    }
}
