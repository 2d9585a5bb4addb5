package com.slotledger.recognition.model;

import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_face.LBPHFaceRecognizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.bytedeco.opencv.global.opencv_core.CV_32SC1;
import static org.bytedeco.opencv.global.opencv_core.flip;

/**
 * OpenCV's LBPH recognizer. The tuned setting (coarser 6x6 grid, each enrolment photo also learnt mirrored, faces
 * equalised by the normaliser) beats the plain radius-1, 8-neighbour, 8x8 baseline on ORL; see README, Evaluation.
 */
public final class LbphMatcher implements FaceMatcher {

    public static final LbphMatcher BASELINE = new LbphMatcher(1, 8, 8, 8, false, 40);
    public static final LbphMatcher TUNED = new LbphMatcher(1, 8, 6, 6, true, 32);

    private final int radius;
    private final int neighbours;
    private final int gridX;
    private final int gridY;
    private final boolean mirror;
    private final double defaultThreshold;

    public LbphMatcher(int radius, int neighbours, int gridX, int gridY, boolean mirror, double defaultThreshold) {
        this.radius = radius;
        this.neighbours = neighbours;
        this.gridX = gridX;
        this.gridY = gridY;
        this.mirror = mirror;
        this.defaultThreshold = defaultThreshold;
    }

    @Override
    public String name() {
        return "lbph(r=" + radius + ",n=" + neighbours + ",grid=" + gridX + "x" + gridY + (mirror ? ",mirror" : "") + ")";
    }

    @Override
    public double defaultThreshold() {
        return defaultThreshold;
    }

    @Override
    public Trained train(List<EnrolledFace> faces) {
        Map<String, Integer> labels = new LinkedHashMap<>();
        List<Mat> images = new ArrayList<>();
        List<Integer> imageLabels = new ArrayList<>();
        for (EnrolledFace face : faces) {
            int label = labels.computeIfAbsent(face.studentId(), id -> labels.size());
            images.add(face.face().grey());
            imageLabels.add(label);
            if (mirror) {
                Mat mirrored = new Mat();
                flip(face.face().grey(), mirrored, 1);
                images.add(mirrored);
                imageLabels.add(label);
            }
        }
        if (images.isEmpty()) {
            return new Empty();
        }
        LBPHFaceRecognizer recognizer = LBPHFaceRecognizer.create(radius, neighbours, gridX, gridY, Double.MAX_VALUE);
        try (MatVector vector = new MatVector(images.size()); Mat labelMat = new Mat(images.size(), 1, CV_32SC1);
             IntIndexer indexer = labelMat.createIndexer()) {
            for (int i = 0; i < images.size(); i++) {
                vector.put(i, images.get(i));
                indexer.put(i, 0, imageLabels.get(i));
            }
            recognizer.train(vector, labelMat);
        }
        if (mirror) {
            for (int i = 1; i < images.size(); i += 2) {
                images.get(i).close();
            }
        }
        return new TrainedLbph(recognizer, List.copyOf(labels.keySet()));
    }

    private record TrainedLbph(LBPHFaceRecognizer recognizer, List<String> students) implements Trained {

        @Override
        public Nearest nearest(NormalisedFace face) {
            int[] label = new int[1];
            double[] distance = new double[1];
            recognizer.predict(face.grey(), label, distance);
            return label[0] < 0 ? null : new Nearest(students.get(label[0]), distance[0]);
        }

        @Override
        public void close() {
            recognizer.close();
        }
    }

    static final class Empty implements Trained {
        @Override
        public Nearest nearest(NormalisedFace face) {
            return null;
        }

        @Override
        public void close() {
        }
    }
}
