package com.slotledger.recognition.model;

import java.util.List;

/** A recognition method: trains on enrolled faces and finds the nearest enrolled student of a face. */
public interface FaceMatcher {

    /** Names the method and its parameters; part of every model version. */
    String name();

    /** The distance at or below which the nearest student is accepted, unless configured otherwise. */
    double defaultThreshold();

    /**
     * How much nearer the nearest student must be than the next student for the face to be accepted: the nearest
     * distance may be at most this fraction of the runner-up's. 1 accepts a face however close the runner-up.
     */
    double distinctness();

    Trained train(List<EnrolledFace> faces);

    interface Trained extends AutoCloseable {

        /** The nearest enrolled student, the distance to them and to the next student; null when nothing is enrolled. */
        Nearest nearest(NormalisedFace face);

        @Override
        void close();
    }

    /** {@code runnerUp}: the distance to the nearest other student, infinite when only one is enrolled. */
    record Nearest(String studentId, double distance, double runnerUp) {
    }
}
