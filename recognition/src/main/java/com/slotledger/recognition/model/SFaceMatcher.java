package com.slotledger.recognition.model;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_objdetect.FaceRecognizerSF;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenCV's SFace embedding, used when the operator supplies its ONNX file by path (none is shipped or downloaded).
 * Distance is 1 - cosine similarity; OpenCV's suggested same-person cosine of 0.363 gives the default threshold.
 */
public final class SFaceMatcher implements FaceMatcher {

    private final Path model;

    public SFaceMatcher(Path model) {
        if (!Files.isReadable(model)) {
            throw new IllegalArgumentException("SFace model not readable: " + model);
        }
        this.model = model;
    }

    @Override
    public String name() {
        return "sface(" + model.getFileName() + ")";
    }

    @Override
    public double defaultThreshold() {
        return 1 - 0.363;
    }

    /** An embedding's cosine separates people well; no runner-up test. */
    @Override
    public double distinctness() {
        return 1.0;
    }

    @Override
    public Trained train(List<EnrolledFace> faces) {
        FaceRecognizerSF net = FaceRecognizerSF.create(model.toString(), "");
        List<String> students = new ArrayList<>();
        List<Mat> features = new ArrayList<>();
        for (EnrolledFace face : faces) {
            students.add(face.studentId());
            features.add(feature(net, face.face()));
        }
        return new TrainedSFace(net, students, features);
    }

    private static Mat feature(FaceRecognizerSF net, NormalisedFace face) {
        Mat feature = new Mat();
        synchronized (net) {
            net.feature(face.colour(), feature);
        }
        return feature.clone();
    }

    private record TrainedSFace(FaceRecognizerSF net, List<String> students, List<Mat> features) implements Trained {

        @Override
        public Nearest nearest(NormalisedFace face) {
            if (features.isEmpty()) {
                return null;
            }
            try (Mat probe = feature(net, face)) {
                Map<String, Double> nearestByStudent = new HashMap<>();
                for (int i = 0; i < features.size(); i++) {
                    double cosine;
                    synchronized (net) {
                        cosine = net.match(probe, features.get(i), FaceRecognizerSF.FR_COSINE);
                    }
                    nearestByStudent.merge(students.get(i), 1 - cosine, Math::min);
                }
                List<Map.Entry<String, Double>> ranked = new ArrayList<>(nearestByStudent.entrySet());
                ranked.sort(Map.Entry.comparingByValue());
                double runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : Double.POSITIVE_INFINITY;
                return new Nearest(ranked.get(0).getKey(), ranked.get(0).getValue(), runnerUp);
            }
        }

        @Override
        public void close() {
            features.forEach(Mat::close);
            net.close();
        }
    }
}
