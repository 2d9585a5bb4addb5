package com.slotledger.recognition.evaluation;

import com.slotledger.recognition.detection.CascadeFaceDetector;
import com.slotledger.recognition.detection.FaceBox;
import com.slotledger.recognition.model.EnrolledFace;
import com.slotledger.recognition.model.FaceNormaliser;
import com.slotledger.recognition.model.LbphMatcher;
import com.slotledger.recognition.model.TrainedModel;
import com.slotledger.recognition.run.FacePipeline;
import com.slotledger.recognition.run.StageTimes;
import com.slotledger.recognition.source.CapturedFrame;
import com.slotledger.recognition.source.GrabberFrameSource;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Frames per second of the service's pipeline over 640x480 H.264 classroom video: 40 students enrolled with five
 * portraits each, five of them seated per frame. Every frame is decoded (a camera sends them all); detection and
 * recognition run on every {@code step}-th. Prints milliseconds per stage and whether the seated faces were
 * found and named, so a faster setting that stops working shows.
 */
public final class PipelineBenchmark {

    public static final double TARGET_FPS = 25;
    private static final int WARM_UP = 10;

    private final OrlDataset dataset;
    private final PrintStream out;

    public PipelineBenchmark(OrlDataset dataset, PrintStream out) {
        this.dataset = dataset;
        this.out = out;
    }

    public record Result(int frames, double decodeMillis, StageTimes.Summary stages, double analysedFps,
                         int step, double streamFps, double found, double named) {
    }

    public Result run(int frames) throws IOException {
        FaceNormaliser normaliser = new FaceNormaliser();
        try (CascadeFaceDetector detector = new CascadeFaceDetector(CascadeFaceDetector.Kind.HAAR, 60, 320)) {
            List<EnrolledFace> gallery = enrol(detector, normaliser);
            try (TrainedModel model = TrainedModel.train(LbphMatcher.TUNED, normaliser.name(), gallery, null)) {
                Path dir = Files.createTempDirectory("slotledger-bench");
                try {
                    Path video = dir.resolve("classroom.mp4");
                    List<List<ClassroomFrames.Placement>> truth = record(video, frames + WARM_UP);
                    return measure(video, truth, new FacePipeline(detector, normaliser, () -> model), model);
                } finally {
                    try (var files = Files.list(dir)) {
                        for (Path file : files.toList()) {
                            Files.deleteIfExists(file);
                        }
                    }
                    Files.deleteIfExists(dir);
                }
            } finally {
                gallery.forEach(face -> face.face().close());
            }
        }
    }

    private List<EnrolledFace> enrol(CascadeFaceDetector detector, FaceNormaliser normaliser) {
        List<EnrolledFace> gallery = new ArrayList<>();
        for (int subject = 1; subject <= OrlDataset.SUBJECTS; subject++) {
            for (int image = 1; image <= 5; image++) {
                try (Mat photo = dataset.portrait(subject, image)) {
                    List<FaceBox> boxes = detector.detect(photo);
                    if (boxes.size() == 1) {
                        gallery.add(new EnrolledFace(OrlDataset.studentId(subject), subject + "/" + image,
                                normaliser.normalise(photo, boxes.get(0))));
                    }
                }
            }
        }
        return gallery;
    }

    /** Five students per frame, a different five every 20 frames, each showing one of their unenrolled images. */
    private List<List<ClassroomFrames.Placement>> record(Path video, int count) throws IOException {
        List<List<ClassroomFrames.Placement>> truth = new ArrayList<>();
        ClassroomFrames classroom = new ClassroomFrames(7, 1.3);
        ClassroomVideo.record(ClassroomVideo.recorder(video.toString(), "mp4", 25), count, index -> {
            List<ClassroomFrames.Seat> seats = new ArrayList<>();
            for (int seat = 0; seat < 5; seat++) {
                int subject = 1 + (index / 20 * 5 + seat) % OrlDataset.SUBJECTS;
                seats.add(new ClassroomFrames.Seat(OrlDataset.studentId(subject), dataset.image(subject, 6 + (index / 5 + seat) % 5)));
            }
            ClassroomFrames.Frame frame = classroom.frame(index, seats);
            seats.forEach(seat -> seat.face().close());
            truth.add(frame.truth());
            return frame.image();
        });
        return truth;
    }

    private Result measure(Path video, List<List<ClassroomFrames.Placement>> truth, FacePipeline pipeline,
                           TrainedModel model) throws IOException {
        StageTimes times = new StageTimes();
        long decodeNanos = 0;
        int placed = 0;
        int found = 0;
        int named = 0;
        int measured = 0;
        try (GrabberFrameSource source = GrabberFrameSource.videoFile(video, Instant.EPOCH, Clock.systemUTC())) {
            while (true) {
                long before = System.nanoTime();
                CapturedFrame frame = source.next();
                if (frame == null) {
                    break;
                }
                boolean warm = frame.index() >= WARM_UP;
                if (warm) {
                    decodeNanos += System.nanoTime() - before;
                    measured++;
                }
                try (PointerScope scope = new PointerScope()) {
                    List<FacePipeline.Face> faces = pipeline.analyse(frame.image(), warm ? times : new StageTimes());
                    if (warm) {
                        for (ClassroomFrames.Placement placement : truth.get((int) frame.index())) {
                            placed++;
                            FacePipeline.Face face = faces.stream().filter(f -> inside(f.box(), placement.rect())).findFirst().orElse(null);
                            found += face == null ? 0 : 1;
                            named += face != null && placement.personId().equals(face.decision().studentId()) ? 1 : 0;
                        }
                    }
                }
            }
        }
        double decode = decodeNanos / 1e6 / Math.max(1, measured);
        StageTimes.Summary stages = times.summary();
        double analysedFps = 1000 / stages.totalMillis();
        int step = 1;
        while (streamFps(decode, stages.totalMillis(), step) < TARGET_FPS && step < 25) {
            step++;
        }
        Result result = new Result(measured, decode, stages, analysedFps, step, streamFps(decode, stages.totalMillis(), step),
                100.0 * found / placed, 100.0 * named / placed);
        print(result, model, pipeline);
        return result;
    }

    /** Frames per second of a stream when every frame is decoded and every {@code step}-th analysed. */
    private static double streamFps(double decodeMillis, double analyseMillis, int step) {
        return 1000 / (decodeMillis + analyseMillis / step);
    }

    private void print(Result r, TrainedModel model, FacePipeline pipeline) {
        out.printf("pipeline benchmark: %s, %s, %d enrolled faces; %d frames 640x480 H.264 (after %d warm-up frames)%n",
                pipeline.detector().name(), model.version(), model.faces(), r.frames(), WARM_UP);
        out.printf("  per analysed frame: %s%n", r.stages());
        out.printf("  detection + recognition: %.1f frames/s analysing every frame%n", r.analysedFps());
        out.printf("  H.264 decode: %.2f ms/frame; a stream is handled at %.1f frames/s analysing every frame, %.1f frames/s "
                        + "with frame step 2 (the service's default); %.0f frames/s needs frame step %d%n",
                r.decodeMillis(), streamFps(r.decodeMillis(), r.stages().totalMillis(), 1),
                streamFps(r.decodeMillis(), r.stages().totalMillis(), 2), TARGET_FPS, r.step());
        out.printf("  seated faces found %.1f %%, found and named correctly %.1f %%%n", r.found(), r.named());
    }

    private static boolean inside(FaceBox box, Rect placed) {
        return box.centreX() > placed.x() && box.centreX() < placed.x() + placed.width()
                && box.centreY() > placed.y() && box.centreY() < placed.y() + placed.height();
    }
}
