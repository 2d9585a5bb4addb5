package com.slotledger.recognition.model;

import java.util.List;

/** A recognition method: trains on enrolled faces and finds the nearest enrolled student of a face. */
public interface FaceMatcher {

    /** Names the method and its parameters; part of every model version. */
    String name();

    /** The distance at or below which the nearest student is accepted, unless configured otherwise. */
    double defaultThreshold();

    Trained train(List<EnrolledFace> faces);

    interface Trained extends AutoCloseable {

        /** The nearest enrolled student and the distance to them; null when nothing is enrolled. */
        Nearest nearest(NormalisedFace face);

        @Override
        void close();
    }

    record Nearest(String studentId, double distance) {
    }
}
