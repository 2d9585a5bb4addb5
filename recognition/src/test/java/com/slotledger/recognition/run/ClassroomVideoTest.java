package com.slotledger.recognition.run;

import com.slotledger.api.sitting.SessionMode;
import com.slotledger.recognition.detection.CascadeFaceDetector;
import com.slotledger.recognition.evaluation.ClassroomFrames;
import com.slotledger.recognition.evaluation.ClassroomVideo;
import com.slotledger.recognition.evaluation.OrlDataset;
import com.slotledger.recognition.model.Decision;
import com.slotledger.recognition.model.EnrolledFace;
import com.slotledger.recognition.model.FaceNormaliser;
import com.slotledger.recognition.model.LbphMatcher;
import com.slotledger.recognition.model.TrainedModel;
import com.slotledger.recognition.source.GrabberFrameSource;
import com.slotledger.recognition.source.ImageFrameSource;
import com.slotledger.recognition.support.CollectingSink;
import com.slotledger.recognition.support.Orl;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline over synthetic classroom video: three roster students, one enrolled student who is not on
 * this slot's roster and one stranger sit in every frame; one roster student is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassroomVideoTest {

    private static final int[] ROSTER_PRESENT = {5, 8, 14};
    private static final int ROSTER_ABSENT = 21;
    private static final int ENROLLED_ELSEWHERE = 27;
    private static final int STRANGER = 36;
    private static final Instant RECORDED_AT = Instant.parse("2026-06-01T08:00:00Z");
    private static final int FRAMES = 30;

    @TempDir
    Path dir;

    private OrlDataset orl;
    private CascadeFaceDetector detector;
    private FacePipeline pipeline;
    private TrainedModel model;
    private final Clock clock = Clock.fixed(RECORDED_AT, ZoneOffset.UTC);

    @BeforeAll
    void enrol() {
        orl = Orl.dataset();
        detector = new CascadeFaceDetector(CascadeFaceDetector.Kind.HAAR, 60, 320);
        FaceNormaliser normaliser = new FaceNormaliser();
        int[] enrolled = {ROSTER_PRESENT[0], ROSTER_PRESENT[1], ROSTER_PRESENT[2], ROSTER_ABSENT, ENROLLED_ELSEWHERE};
        List<EnrolledFace> faces = Orl.enrol(orl, detector, normaliser, enrolled, 1, 5);
        model = TrainedModel.train(LbphMatcher.TUNED, normaliser.name(), faces, null);
        pipeline = new FacePipeline(detector, normaliser, () -> model);
    }

    @AfterAll
    void close() {
        if (detector != null) {
            detector.close();
        }
    }

    private Set<String> roster() {
        Set<String> roster = new java.util.HashSet<>();
        for (int subject : ROSTER_PRESENT) {
            roster.add(OrlDataset.studentId(subject));
        }
        roster.add(OrlDataset.studentId(ROSTER_ABSENT));
        return roster;
    }

    private Mat frame(int index) {
        int[] people = {ROSTER_PRESENT[2], ROSTER_PRESENT[1], STRANGER, ROSTER_PRESENT[0], ENROLLED_ELSEWHERE};
        List<ClassroomFrames.Seat> seats = new ArrayList<>();
        List<Mat> faces = new ArrayList<>();
        for (int seat = 0; seat < people.length; seat++) {
            Mat face = orl.image(people[seat], 6 + (index / 6 + seat) % 5);
            faces.add(face);
            seats.add(new ClassroomFrames.Seat(OrlDataset.studentId(people[seat]), face));
        }
        ClassroomFrames.Frame frame = new ClassroomFrames(11, 1.3).frame(index, seats);
        faces.forEach(Mat::close);
        return frame.image();
    }

    @Test
    void aVideoFileMarksEachPresentRosterStudentOnceAndCountsTheRest() throws Exception {
        Path video = dir.resolve("classroom.mp4");
        ClassroomVideo.record(ClassroomVideo.recorder(video.toString(), "mp4", 10), FRAMES, this::frame);
        assertTrue(Files.size(video) > 10_000);

        CollectingSink sink = new CollectingSink();
        new RecognitionRun("run-1", "slot-1", SessionMode.INITIAL, roster(),
                GrabberFrameSource.videoFile(video, RECORDED_AT, clock), pipeline, sink, new RunOptions(1, 3), clock).run();
        RunSummary summary = sink.awaitSummary();

        Set<String> decided = sink.decisions.stream().map(StudentRecognised::studentId).collect(Collectors.toSet());
        Set<String> expected = Set.of(OrlDataset.studentId(ROSTER_PRESENT[0]), OrlDataset.studentId(ROSTER_PRESENT[1]),
                OrlDataset.studentId(ROSTER_PRESENT[2]));
        assertEquals(expected, decided, "decided: " + sink.decisions + "\nsummary: " + summary);
        assertEquals(3, sink.decisions.size(), "one decision per student per run");
        assertEquals(RunSummary.End.COMPLETED, summary.end());
        assertEquals(FRAMES, summary.framesRead());
        assertTrue(summary.unknownFaces() > 0, "the stranger is counted: " + summary);
        assertEquals(expected, summary.recognised().keySet());
        assertFalse(summary.unconfirmed().containsKey(OrlDataset.studentId(ROSTER_ABSENT)));
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
    void anUploadedImageIsAOneFrameRun() throws Exception {
        byte[] jpeg;
        try (Mat frame = frame(0); BytePointer encoded = new BytePointer()) {
            imencode(".jpg", frame, encoded);
            jpeg = new byte[(int) encoded.limit()];
            encoded.get(jpeg);
        }
        CollectingSink sink = new CollectingSink();
        new RecognitionRun("run-2", "slot-1", SessionMode.RESCAN, roster(), new ImageFrameSource(jpeg, RECORDED_AT),
                pipeline, sink, new RunOptions(1, 1), clock).run();
        RunSummary summary = sink.awaitSummary();
        assertEquals(1, summary.framesAnalysed());
        assertTrue(summary.facesDetected() >= 4, summary.toString());
        assertTrue(sink.decisions.stream().allMatch(d -> roster().contains(d.studentId()) && d.mode() == SessionMode.RESCAN));
    }
}
