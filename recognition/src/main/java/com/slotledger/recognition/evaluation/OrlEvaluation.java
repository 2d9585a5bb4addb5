package com.slotledger.recognition.evaluation;

import com.slotledger.recognition.detection.CascadeFaceDetector;
import com.slotledger.recognition.detection.FaceBox;
import com.slotledger.recognition.model.Decision;
import com.slotledger.recognition.model.EnrolledFace;
import com.slotledger.recognition.model.FaceMatcher;
import com.slotledger.recognition.model.FaceNormaliser;
import com.slotledger.recognition.model.LbphMatcher;
import com.slotledger.recognition.model.NormalisedFace;
import com.slotledger.recognition.model.TrainedModel;
import org.bytedeco.opencv.opencv_core.Mat;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Rank-1 accuracy on ORL for the plain LBPH baseline (raw images, radius 1, 8 neighbours, 8x8 grid) and the pipeline
 * the service runs (normaliser + tuned LBPH), side by side: the first k images of each subject enrolled and the rest
 * tested (k = 5, 2, 1); 5/5 over ten random splits (the tuned grid was chosen on the first split, so these show
 * whether it holds); the pipeline through the face detector on portrait photos; and the service's acceptance rule
 * on an open set with five subjects never enrolled.
 */
public final class OrlEvaluation {

    private static final int RANDOM_SPLITS = 10;

    private final OrlDataset dataset;
    private final PrintStream out;
    private final FaceNormaliser normaliser = new FaceNormaliser();
    private final Function<Mat, NormalisedFace> raw = image -> new NormalisedFace(image.clone(), new Mat());

    public OrlEvaluation(OrlDataset dataset, PrintStream out) {
        this.dataset = dataset;
        this.out = out;
    }

    public record Split(int enrolled, double baseline, double pipeline) {
    }

    /** The standard splits only: what a test checks. */
    public List<Split> splits() {
        List<Split> splits = new ArrayList<>();
        for (int k : new int[]{5, 2, 1}) {
            splits.add(new Split(k, accuracy(LbphMatcher.BASELINE, raw, firstImages(), k),
                    accuracy(LbphMatcher.TUNED, normaliser::normaliseCrop, firstImages(), k)));
        }
        return splits;
    }

    public List<Split> run() {
        out.printf("ORL rank-1 accuracy (%s), %d subjects: first k images of each enrolled, the rest tested%n",
                dataset.root(), OrlDataset.SUBJECTS);
        out.printf("%-8s %-40s %-55s%n", "split", "baseline " + LbphMatcher.BASELINE.name() + " raw",
                "pipeline " + LbphMatcher.TUNED.name() + " " + normaliser.name());
        List<Split> splits = splits();
        splits.forEach(s -> out.printf("%-8s %-40s %-55s%n", s.enrolled() + "/" + (OrlDataset.IMAGES - s.enrolled()),
                pct(s.baseline()), pct(s.pipeline())));
        double[] baseline = new double[RANDOM_SPLITS];
        double[] pipeline = new double[RANDOM_SPLITS];
        for (int seed = 1; seed <= RANDOM_SPLITS; seed++) {
            baseline[seed - 1] = accuracy(LbphMatcher.BASELINE, raw, randomImages(seed), 5);
            pipeline[seed - 1] = accuracy(LbphMatcher.TUNED, normaliser::normaliseCrop, randomImages(seed), 5);
        }
        out.printf("%-8s %-40s %-55s%n", "5/5 x" + RANDOM_SPLITS, spread(baseline), spread(pipeline));
        out.printf("%-8s %-40s %-55s%n", "5/5 det", "-", pct(detectedPortraits()) + " (Haar detector on 320x320 portraits)");
        openSet();
        return splits;
    }

    /** Rank-1 with images {@code order[s][0..k)} of each subject s enrolled and the rest tested. */
    private double accuracy(FaceMatcher matcher, Function<Mat, NormalisedFace> prepare, int[][] order, int k) {
        List<EnrolledFace> faces = new ArrayList<>();
        for (int subject = 1; subject <= OrlDataset.SUBJECTS; subject++) {
            for (int i = 0; i < k; i++) {
                try (Mat mat = dataset.image(subject, order[subject][i])) {
                    faces.add(new EnrolledFace(OrlDataset.studentId(subject), subject + "/" + order[subject][i], prepare.apply(mat)));
                }
            }
        }
        try (TrainedModel model = TrainedModel.train(matcher, "eval", faces, Double.MAX_VALUE)) {
            int right = 0;
            int total = 0;
            for (int subject = 1; subject <= OrlDataset.SUBJECTS; subject++) {
                for (int i = k; i < OrlDataset.IMAGES; i++) {
                    try (Mat mat = dataset.image(subject, order[subject][i]); NormalisedFace face = prepare.apply(mat)) {
                        right += OrlDataset.studentId(subject).equals(model.decide(face).nearestStudentId()) ? 1 : 0;
                        total++;
                    }
                }
            }
            return 100.0 * right / total;
        } finally {
            faces.forEach(face -> face.face().close());
        }
    }

    /** Images 1-5 enrolled and 6-10 tested as 320x320 portraits, each face found by the service's detector. */
    private double detectedPortraits() {
        try (CascadeFaceDetector detector = new CascadeFaceDetector(CascadeFaceDetector.Kind.HAAR, 60, 320)) {
            Function<Mat, NormalisedFace> detected = face -> {
                try (Mat photo = OrlDataset.portrait(face)) {
                    List<FaceBox> boxes = detector.detect(photo);
                    return boxes.size() == 1 ? normaliser.normalise(photo, boxes.get(0)) : normaliser.normaliseCrop(face);
                }
            };
            return accuracy(LbphMatcher.TUNED, detected, firstImages(), 5);
        }
    }

    /** Subjects 1..35 enrolled with 5 images; their other images should be accepted, subjects 36..40 refused. */
    private void openSet() {
        int known = OrlDataset.SUBJECTS - 5;
        List<EnrolledFace> faces = new ArrayList<>();
        for (int subject = 1; subject <= known; subject++) {
            for (int image = 1; image <= 5; image++) {
                try (Mat mat = dataset.image(subject, image)) {
                    faces.add(new EnrolledFace(OrlDataset.studentId(subject), subject + "/" + image, normaliser.normaliseCrop(mat)));
                }
            }
        }
        try (TrainedModel model = TrainedModel.train(LbphMatcher.TUNED, normaliser.name(), faces, null)) {
            int genuine = 0;
            int accepted = 0;
            int misnamed = 0;
            int strangers = 0;
            int strangersAccepted = 0;
            for (int subject = 1; subject <= OrlDataset.SUBJECTS; subject++) {
                for (int image = subject <= known ? 6 : 1; image <= OrlDataset.IMAGES; image++) {
                    try (Mat mat = dataset.image(subject, image); NormalisedFace face = normaliser.normaliseCrop(mat)) {
                        Decision decision = model.decide(face);
                        if (subject <= known) {
                            genuine++;
                            accepted += OrlDataset.studentId(subject).equals(decision.studentId()) ? 1 : 0;
                            misnamed += decision.known() && !OrlDataset.studentId(subject).equals(decision.studentId()) ? 1 : 0;
                        } else {
                            strangers++;
                            strangersAccepted += decision.known() ? 1 : 0;
                        }
                    }
                }
            }
            out.printf("open set, service rule (threshold %.0f, %s): %d enrolled subjects' new images accepted as themselves "
                            + "%s, as someone else %s; 5 never-enrolled subjects accepted %s%n", model.threshold(),
                    model.version(), known, pct(100.0 * accepted / genuine), pct(100.0 * misnamed / genuine),
                    pct(100.0 * strangersAccepted / strangers));
        } finally {
            faces.forEach(face -> face.face().close());
        }
    }

    private static int[][] firstImages() {
        int[][] order = new int[OrlDataset.SUBJECTS + 1][OrlDataset.IMAGES];
        for (int subject = 1; subject <= OrlDataset.SUBJECTS; subject++) {
            for (int i = 0; i < OrlDataset.IMAGES; i++) {
                order[subject][i] = i + 1;
            }
        }
        return order;
    }

    private static int[][] randomImages(long seed) {
        Random random = new Random(seed);
        int[][] order = firstImages();
        for (int subject = 1; subject <= OrlDataset.SUBJECTS; subject++) {
            List<Integer> images = new ArrayList<>();
            for (int image : order[subject]) {
                images.add(image);
            }
            Collections.shuffle(images, random);
            for (int i = 0; i < OrlDataset.IMAGES; i++) {
                order[subject][i] = images.get(i);
            }
        }
        return order;
    }

    private static String spread(double[] values) {
        double sum = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double value : values) {
            sum += value;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return String.format("mean %.1f %% (%.1f-%.1f)", sum / values.length, min, max);
    }

    static String pct(double value) {
        return String.format("%.1f %%", value);
    }
}
