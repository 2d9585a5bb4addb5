package com.slotledger.recognition.run;

/**
 * {@code frameStep}: analyse every n-th frame (the rest are read and dropped, so a live stream never lags).
 * {@code minSightings}: accepted sightings of a student before the run decides; an image run uses 1.
 */
public record RunOptions(int frameStep, int minSightings) {

    public RunOptions {
        if (frameStep < 1 || minSightings < 1) {
            throw new IllegalArgumentException("frameStep and minSightings must be at least 1");
        }
    }
}
