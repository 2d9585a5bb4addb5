package com.slotledger.recognition.model;

/**
 * What the model made of one face: the nearest enrolled student and its distance, accepted only when the distance
 * is within the threshold and the nearest student is distinctly nearer than the next one ({@link
 * FaceMatcher#distinctness()}, part of the model version). {@code confidence} maps the distance onto [0, 1]: 1 at distance 0, falling linearly to
 * {@link #CONFIDENCE_AT_THRESHOLD} at the threshold (and 0 at 2.5 times it), so a face is accepted exactly when its
 * confidence reaches that value, which is the sitting's default confidence floor. Every decision names the model
 * version and threshold it was made with.
 */
public record Decision(String studentId, String nearestStudentId, double distance, double confidence,
                       String modelVersion, double threshold) {

    public static final double CONFIDENCE_AT_THRESHOLD = 0.6;

    static Decision of(String nearest, double distance, String modelVersion, double threshold) {
        return of(nearest, distance, Double.POSITIVE_INFINITY, 1.0, modelVersion, threshold);
    }

    static Decision of(String nearest, double distance, double runnerUp, double distinctness, String modelVersion,
                       double threshold) {
        boolean accepted = nearest != null && distance <= threshold && distance <= distinctness * runnerUp;
        double confidence = nearest == null ? 0
                : Math.max(0, Math.min(1, 1 - (1 - CONFIDENCE_AT_THRESHOLD) * distance / threshold));
        return new Decision(accepted ? nearest : null, nearest, distance, confidence, modelVersion, threshold);
    }

    public boolean known() {
        return studentId != null;
    }
}
