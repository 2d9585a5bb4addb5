package com.slotledger.recognition.run;

import com.slotledger.api.shared.Sha256;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.recognition.detection.FaceBox;
import com.slotledger.recognition.model.Decision;
import com.slotledger.recognition.source.CapturedFrame;
import com.slotledger.recognition.source.FrameSource;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

/**
 * One recognition run over a frame source for one slot. Each student on the roster is decided at most once per
 * run: when their accepted sightings reach {@code minSightings}, with the most confident sighting so far as
 * evidence. Faces the model does not accept are counted as unknown; accepted faces of students not on the roster
 * are counted apart. A null roster accepts every enrolled student.
 */
public final class RecognitionRun implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RecognitionRun.class);

    private final String runId;
    private final String slotId;
    private final SessionMode mode;
    private final Set<String> roster;
    private final FrameSource source;
    private final FacePipeline pipeline;
    private final RecognitionSink sink;
    private final RunOptions options;
    private final Clock clock;
    private final Map<String, Best> seen = new LinkedHashMap<>();
    private final StageTimes times = new StageTimes();
    private volatile boolean stopRequested;
    private volatile RunSummary summary;

    private long framesRead;
    private long framesAnalysed;
    private long facesDetected;
    private long unknownFaces;
    private long offRosterFaces;
    private int mostUnknownAtOnce;
    private String lastModelVersion = "";
    private double lastThreshold;

    public RecognitionRun(String runId, String slotId, SessionMode mode, Set<String> roster, FrameSource source,
                          FacePipeline pipeline, RecognitionSink sink, RunOptions options, Clock clock) {
        this.runId = runId;
        this.slotId = slotId;
        this.mode = mode;
        this.roster = roster == null ? null : Set.copyOf(roster);
        this.source = source;
        this.pipeline = pipeline;
        this.sink = sink;
        this.options = options;
        this.clock = clock;
    }

    private static final class Best {
        int sightings;
        boolean decided;
        StudentRecognised evidence;
    }

    public String runId() {
        return runId;
    }

    /** Asks the run to end after the frame in hand; the summary then says STOPPED. */
    public void stop() {
        stopRequested = true;
    }

    @Override
    public void run() {
        Instant startedAt = clock.instant();
        RunSummary.End end = RunSummary.End.COMPLETED;
        String failure = null;
        try (source) {
            CapturedFrame frame;
            while (!stopRequested && (frame = source.next()) != null) {
                if (framesRead++ % options.frameStep() == 0) {
                    try (PointerScope scope = new PointerScope()) {
                        analyse(frame);
                    }
                }
            }
            if (stopRequested) {
                end = RunSummary.End.STOPPED;
            }
        } catch (Exception | LinkageError e) {
            LOG.warn("recognition run {} for slot {} failed: {}", runId, slotId, e.toString());
            end = RunSummary.End.FAILED;
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        summary = summary(startedAt, end, failure);
        sink.finished(summary);
    }

    /** What the run saw, once it has ended (null before). */
    public RunSummary summary() {
        return summary;
    }

    private void analyse(CapturedFrame frame) {
        framesAnalysed++;
        int unknownHere = 0;
        for (FacePipeline.Face face : pipeline.analyse(frame.image(), times)) {
            facesDetected++;
            Decision decision = face.decision();
            lastModelVersion = decision.modelVersion();
            lastThreshold = decision.threshold();
            if (!decision.known()) {
                unknownFaces++;
                unknownHere++;
            } else if (roster != null && !roster.contains(decision.studentId())) {
                offRosterFaces++;
            } else {
                sighted(frame, face.box(), decision);
            }
        }
        mostUnknownAtOnce = Math.max(mostUnknownAtOnce, unknownHere);
    }

    private void sighted(CapturedFrame frame, FaceBox box, Decision decision) {
        Best best = seen.computeIfAbsent(decision.studentId(), id -> new Best());
        best.sightings++;
        if (best.decided) {
            return;
        }
        if (best.evidence == null || decision.confidence() > best.evidence.confidence()) {
            best.evidence = new StudentRecognised(runId, slotId, decision.studentId(), decision.confidence(),
                    frame.capturedAt(), mode, jpeg(frame.image(), box), frameHash(frame.image()),
                    decision.modelVersion(), decision.threshold(), 0);
        }
        if (best.sightings >= options.minSightings()) {
            best.decided = true;
            StudentRecognised e = best.evidence;
            sink.recognised(new StudentRecognised(e.runId(), e.slotId(), e.studentId(), e.confidence(), e.capturedAt(),
                    e.mode(), e.evidenceJpeg(), e.frameHash(), e.modelVersion(), e.threshold(), best.sightings));
        }
    }

    private RunSummary summary(Instant startedAt, RunSummary.End end, String failure) {
        Map<String, Integer> recognised = new TreeMap<>();
        Map<String, Integer> unconfirmed = new TreeMap<>();
        seen.forEach((student, best) -> (best.decided ? recognised : unconfirmed).put(student, best.sightings));
        return new RunSummary(runId, slotId, mode, source.describe(), startedAt, clock.instant(), end, failure,
                framesRead, framesAnalysed, options.frameStep(), facesDetected, recognised, unconfirmed, unknownFaces,
                offRosterFaces, mostUnknownAtOnce, lastModelVersion, lastThreshold, times.summary());
    }

    /** The face with a margin, as JPEG: enough for a person to check the decision, small enough for an event. */
    static byte[] jpeg(Mat frame, FaceBox box) {
        int margin = box.width() / 4;
        int x = Math.max(0, box.x() - margin);
        int y = Math.max(0, box.y() - margin);
        int width = Math.min(frame.cols() - x, box.width() + 2 * margin);
        int height = Math.min(frame.rows() - y, box.height() + 2 * margin);
        try (Mat crop = new Mat(frame, new Rect(x, y, width, height)); BytePointer encoded = new BytePointer()) {
            if (!imencode(".jpg", crop, encoded)) {
                throw new IllegalStateException("JPEG encoding failed");
            }
            byte[] bytes = new byte[(int) encoded.limit()];
            encoded.get(bytes);
            return bytes;
        }
    }

    static String frameHash(Mat frame) {
        Mat continuous = frame.isContinuous() ? frame : frame.clone();
        byte[] pixels = new byte[(int) (continuous.total() * continuous.elemSize())];
        continuous.data().get(pixels);
        return Sha256.hex(pixels);
    }
}
