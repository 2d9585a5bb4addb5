package com.slotledger.recognition.run;

import com.slotledger.recognition.detection.FaceBox;
import com.slotledger.recognition.detection.FaceDetector;
import com.slotledger.recognition.model.Decision;
import com.slotledger.recognition.model.FaceNormaliser;
import com.slotledger.recognition.model.NormalisedFace;
import com.slotledger.recognition.model.TrainedModel;
import org.bytedeco.opencv.opencv_core.Mat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Detection, normalisation and recognition of every face in one frame, with the model current at that moment. */
public final class FacePipeline {

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
        long normalising = 0;
        long recognising = 0;
        List<Face> faces = new ArrayList<>(boxes.size());
        for (FaceBox box : boxes) {
            long before = System.nanoTime();
            try (NormalisedFace face = normaliser.normalise(frame, box)) {
                long normalised = System.nanoTime();
                faces.add(new Face(box, current.decide(face)));
                normalising += normalised - before;
                recognising += System.nanoTime() - normalised;
            }
        }
        times.add(detected - start, normalising, recognising, boxes.size());
        return faces;
    }

    public FaceDetector detector() {
        return detector;
    }

    public FaceNormaliser normaliser() {
        return normaliser;
    }
}
