package com.slotledger.recognition.evaluation;

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
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Rank-1 accuracy on ORL with the first k images of each subject enrolled and the rest tested, for the plain LBPH
 * baseline (raw images, radius 1, 8 neighbours, 8x8 grid) and the pipeline the service runs (normaliser + tuned
 * LBPH), side by side; then an open-set check of the service threshold with five subjects never enrolled.
 */
public final class OrlEvaluation {

    private final OrlDataset dataset;
    private final PrintStream out;

    public OrlEvaluation(OrlDataset dataset, PrintStream out) {
        this.dataset = dataset;
        this.out = out;
    }

    public record Split(int enrolled, double baseline, double pipeline) {
    }

    public List<Split> run() {
        FaceNormaliser normaliser = new FaceNormaliser();
        Function<Mat, NormalisedFace> raw = image -> new NormalisedFace(image.clone(), new Mat());
        List<Split> splits = new ArrayList<>();
        out.printf("ORL rank-1 accuracy (%s), first k images of each of %d subjects enrolled, the rest tested%n",
                dataset.root(), OrlDataset.SUBJECTS);
        out.printf("%-6s %-44s %-44s%n", "split", "baseline " + LbphMatcher.BASELINE.name() + " raw",
                "pipeline " + LbphMatcher.TUNED.name() + " " + normaliser.name());
        for (int k : new int[]{5, 2, 1}) {
            double baseline = accuracy(LbphMatcher.BASELINE, raw, k);
            double pipeline = accuracy(LbphMatcher.TUNED, normaliser::normaliseCrop, k);
            out.printf("%-6s %-44s %-44s%n", k + "/" + (OrlDataset.IMAGES - k), pct(baseline), pct(pipeline));
            splits.add(new Split(k, baseline, pipeline));
        }
        openSet(normaliser);
        return splits;
    }

    private double accuracy(FaceMatcher matcher, Function<Mat, NormalisedFace> prepare, int enrolled) {
        List<EnrolledFace> faces = enrol(prepare, enrolled, OrlDataset.SUBJECTS);
        try (TrainedModel model = TrainedModel.train(matcher, "eval", faces, Double.MAX_VALUE)) {
            int right = 0;
            int total = 0;
            for (int subject = 1; subject <= OrlDataset.SUBJECTS; subject++) {
                for (int image = enrolled + 1; image <= OrlDataset.IMAGES; image++) {
                    Decision decision = decide(model, prepare, subject, image);
                    right += OrlDataset.studentId(subject).equals(decision.nearestStudentId()) ? 1 : 0;
                    total++;
                }
            }
            return 100.0 * right / total;
        } finally {
            faces.forEach(face -> face.face().close());
        }
    }

    /** Subjects 1..35 enrolled with 5 images; their other images should be accepted, subjects 36..40 refused. */
    private void openSet(FaceNormaliser normaliser) {
        int known = OrlDataset.SUBJECTS - 5;
        List<EnrolledFace> faces = enrol(normaliser::normaliseCrop, 5, known);
        try (TrainedModel model = TrainedModel.train(LbphMatcher.TUNED, normaliser.name(), faces, null)) {
            List<Double> genuine = new ArrayList<>();
            List<Double> impostor = new ArrayList<>();
            int correctAccepted = 0;
            for (int subject = 1; subject <= OrlDataset.SUBJECTS; subject++) {
                for (int image = subject <= known ? 6 : 1; image <= OrlDataset.IMAGES; image++) {
                    Decision decision = decide(model, normaliser::normaliseCrop, subject, image);
                    if (subject <= known) {
                        genuine.add(decision.distance());
                        correctAccepted += OrlDataset.studentId(subject).equals(decision.studentId()) ? 1 : 0;
                    } else {
                        impostor.add(decision.distance());
                    }
                }
            }
            long falseAccepts = impostor.stream().filter(d -> d <= model.threshold()).count();
            out.printf("open set at threshold %.1f (%d enrolled subjects, 5 never enrolled): correct accepts %s, "
                            + "false accepts of strangers %s%n", model.threshold(), known,
                    pct(100.0 * correctAccepted / genuine.size()), pct(100.0 * falseAccepts / impostor.size()));
            out.printf("  nearest distance, enrolled subjects: %s; strangers: %s%n", quantiles(genuine), quantiles(impostor));
            for (double limit = 28; limit <= 40; limit += 2) {
                double at = limit;
                out.printf("  at %.0f: enrolled accepted %s, strangers accepted %s%n", at,
                        pct(100.0 * genuine.stream().filter(d -> d <= at).count() / genuine.size()),
                        pct(100.0 * impostor.stream().filter(d -> d <= at).count() / impostor.size()));
            }
        } finally {
            faces.forEach(face -> face.face().close());
        }
    }

    private List<EnrolledFace> enrol(Function<Mat, NormalisedFace> prepare, int images, int subjects) {
        List<EnrolledFace> faces = new ArrayList<>();
        for (int subject = 1; subject <= subjects; subject++) {
            for (int image = 1; image <= images; image++) {
                try (Mat mat = dataset.image(subject, image)) {
                    faces.add(new EnrolledFace(OrlDataset.studentId(subject), "s" + subject + "/" + image, prepare.apply(mat)));
                }
            }
        }
        return faces;
    }

    private Decision decide(TrainedModel model, Function<Mat, NormalisedFace> prepare, int subject, int image) {
        try (Mat mat = dataset.image(subject, image); NormalisedFace face = prepare.apply(mat)) {
            return model.decide(face);
        }
    }

    private static String quantiles(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("p5 %.1f, median %.1f, p95 %.1f", at(sorted, 0.05), at(sorted, 0.5), at(sorted, 0.95));
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }

    static String pct(double value) {
        return String.format("%.1f %%", value);
    }

    static String describe(List<Split> splits) {
        return Arrays.toString(splits.toArray());
    }
}
