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
        TrainedModel current = model.get();
        List<FaceBox> boxes = detector.detect(frame);
        List<Face> faces = new ArrayList<>(boxes.size());
        for (FaceBox box : boxes) {
            try (NormalisedFace face = normaliser.normalise(frame, box)) {
                faces.add(new Face(box, current.decide(face)));
            }
        }
        return faces;
    }

    public FaceDetector detector() {
        return detector;
    }

    public FaceNormaliser normaliser() {
        return normaliser;
    }
}
