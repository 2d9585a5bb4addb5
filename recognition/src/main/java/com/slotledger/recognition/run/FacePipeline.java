package com.slotledger.recognition.run;

import com.slotledger.recognition.detection.FaceBox;
import com.slotledger.recognition.detection.FaceDetector;
import com.slotledger.recognition.model.Decision;
import com.slotledger.recognition.model.FaceNormaliser;
import com.slotledger.recognition.model.NormalisedFace;
import com.slotledger.recognition.model.TrainedModel;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Detection, normalisation and recognition of every face in one frame, with the model current at that moment. The
 * faces of a frame are normalised and recognised in parallel (OpenCV's detector already uses every core; LBPH's
 * comparison with each enrolled photo does not), on a pool as large as the machine's core count.
 */
public final class FacePipeline {

    private static final ExecutorService FACES = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), runnable -> {
                Thread thread = new Thread(runnable, "face-recognition");
                thread.setDaemon(true);
                return thread;
            });

    private final FaceDetector detector;
    private final FaceNormaliser normaliser;
    private final Supplier<TrainedModel> model;

    public FacePipeline(FaceDetector detector, FaceNormaliser normaliser, Supplier<TrainedModel> model) {
        this.detector = detector;
        this.normaliser = normaliser;
        this.model = model;
    }

    public record Face(FaceBox box, Decision decision) {
    }

    public List<Face> analyse(Mat frame) {
        return analyse(frame, new StageTimes());
    }

    /** Analyses {@code frame}, adding the time of each stage to {@code times}. */
    public List<Face> analyse(Mat frame, StageTimes times) {
        TrainedModel current = model.get();
        long start = System.nanoTime();
        List<FaceBox> boxes = detector.detect(frame);
        long detected = System.nanoTime();
        AtomicLong normalising = new AtomicLong();
        AtomicLong recognising = new AtomicLong();
        List<CompletableFuture<Face>> decided = new ArrayList<>(boxes.size());
        for (FaceBox box : boxes) {
            decided.add(CompletableFuture.supplyAsync(() -> {
                long before = System.nanoTime();
                // the worker's own scope frees the small native objects normalising leaves behind
                try (PointerScope scope = new PointerScope(); NormalisedFace face = normaliser.normalise(frame, box)) {
                    long normalised = System.nanoTime();
                    Face result = new Face(box, current.decide(face));
                    normalising.addAndGet(normalised - before);
                    recognising.addAndGet(System.nanoTime() - normalised);
                    return result;
                }
            }, FACES));
        }
        List<Face> faces = new ArrayList<>(boxes.size());
        for (CompletableFuture<Face> face : decided) {
            faces.add(face.join());
        }
        times.add(detected - start, normalising.get(), recognising.get(), System.nanoTime() - detected, boxes.size());
        return faces;
    }

    public FaceDetector detector() {
        return detector;
    }

    public FaceNormaliser normaliser() {
        return normaliser;
    }
}
