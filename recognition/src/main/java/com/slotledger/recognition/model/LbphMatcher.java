package com.slotledger.recognition.model;

import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.opencv.opencv_core.IntDoublePairVector;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_face.LBPHFaceRecognizer;
import org.bytedeco.opencv.opencv_face.StandardCollector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.bytedeco.opencv.global.opencv_core.CV_32SC1;
import static org.bytedeco.opencv.global.opencv_core.flip;

/**
 * OpenCV's LBPH recognizer. The tuned setting (coarser 6x6 grid, each enrolment photo also learnt mirrored, faces
 * equalised by the normaliser) beats the plain radius-1, 8-neighbour, 8x8 baseline on ORL; see README, Evaluation.
 * It also refuses faces whose nearest student is hardly nearer than the next one (distinctness 0.93): in camera
 * frames two similar students are the commonest way to name the wrong one.
 */
public final class LbphMatcher implements FaceMatcher {

    public static final LbphMatcher BASELINE = new LbphMatcher(1, 8, 8, 8, false, 40, 1.0);
    public static final LbphMatcher TUNED = new LbphMatcher(1, 8, 6, 6, true, 32, 0.93);

    private final int radius;
    private final int neighbours;
    private final int gridX;
    private final int gridY;
    private final boolean mirror;
    private final double defaultThreshold;
    private final double distinctness;

    public LbphMatcher(int radius, int neighbours, int gridX, int gridY, boolean mirror, double defaultThreshold,
                       double distinctness) {
        this.radius = radius;
        this.neighbours = neighbours;
        this.gridX = gridX;
        this.gridY = gridY;
        this.mirror = mirror;
        this.defaultThreshold = defaultThreshold;
        this.distinctness = distinctness;
    }

    @Override
    public String name() {
        return "lbph(r=" + radius + ",n=" + neighbours + ",grid=" + gridX + "x" + gridY + (mirror ? ",mirror" : "")
                + (distinctness < 1 ? ",distinct=" + distinctness : "") + ")";
    }

    @Override
    public double defaultThreshold() {
        return defaultThreshold;
    }

    @Override
    public double distinctness() {
        return distinctness;
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

        /** Every enrolled photo's distance, collected, so the runner-up student is known too. */
        @Override
        public Nearest nearest(NormalisedFace face) {
            double[] best = new double[students.size()];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            try (StandardCollector collector = StandardCollector.create(Double.MAX_VALUE)) {
                recognizer.predict_collect(face.grey(), collector);
                try (IntDoublePairVector results = collector.getResults(false)) {
                    for (long i = 0; i < results.size(); i++) {
                        int label = results.first(i);
                        best[label] = Math.min(best[label], results.second(i));
                    }
                }
            }
            int nearest = -1;
            double runnerUp = Double.POSITIVE_INFINITY;
            for (int label = 0; label < best.length; label++) {
                if (nearest < 0 || best[label] < best[nearest]) {
                    if (nearest >= 0) {
                        runnerUp = best[nearest];
                    }
                    nearest = label;
                } else {
                    runnerUp = Math.min(runnerUp, best[label]);
                }
            }
            return nearest < 0 || Double.isInfinite(best[nearest]) ? null
                    : new Nearest(students.get(nearest), best[nearest], runnerUp);
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
