package com.slotledger.recognition.model;

import com.slotledger.api.shared.Sha256;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A model trained on one exact set of enrolment photos. Its version is derived from the method, the normaliser and
 * the sorted (student, photo hash) pairs, so the same enrolments always give the same version and any enrolment or
 * deletion gives a new one.
 */
public final class TrainedModel implements AutoCloseable {

    private final String version;
    private final double threshold;
    private final double distinctness;
    private final Set<String> students;
    private final int faces;
    private final FaceMatcher.Trained trained;

    private TrainedModel(String version, double threshold, double distinctness, Set<String> students, int faces,
                         FaceMatcher.Trained trained) {
        this.version = version;
        this.threshold = threshold;
        this.distinctness = distinctness;
        this.students = students;
        this.faces = faces;
        this.trained = trained;
    }

    /** Trains {@code matcher} on {@code faces}; a null {@code threshold} takes the matcher's default. */
    public static TrainedModel train(FaceMatcher matcher, String normaliser, List<EnrolledFace> faces, Double threshold) {
        TreeSet<String> pairs = new TreeSet<>();
        TreeSet<String> students = new TreeSet<>();
        for (EnrolledFace face : faces) {
            pairs.add(face.studentId() + "\t" + face.photoHash());
            students.add(face.studentId());
        }
        String basis = matcher.name() + "\n" + normaliser + "\n" + String.join("\n", pairs);
        String version = matcher.name() + "@" + Sha256.hex(basis).substring(0, 12);
        double limit = threshold != null ? threshold : matcher.defaultThreshold();
        return new TrainedModel(version, limit, matcher.distinctness(), Set.copyOf(students), faces.size(),
                matcher.train(faces));
    }

    public Decision decide(NormalisedFace face) {
        FaceMatcher.Nearest nearest = trained.nearest(face);
        return nearest == null ? Decision.of(null, Double.POSITIVE_INFINITY, version, threshold)
                : Decision.of(nearest.studentId(), nearest.distance(), nearest.runnerUp(), distinctness, version, threshold);
    }

    public String version() {
        return version;
    }

    public double threshold() {
        return threshold;
    }

    public Set<String> students() {
        return students;
    }

    public int faces() {
        return faces;
    }

    @Override
    public void close() {
        trained.close();
    }

}
