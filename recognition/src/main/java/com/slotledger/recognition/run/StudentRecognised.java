package com.slotledger.recognition.run;

import com.slotledger.api.sitting.SessionMode;

import java.time.Instant;

/**
 * One decision of a run: the student was recognised, once per run, with the best evidence seen by the time the
 * decision was made. {@code evidenceJpeg} is the face crop; {@code frameHash} the SHA-256 of the frame's pixels.
 */
public record StudentRecognised(String runId, String slotId, String studentId, double confidence, Instant capturedAt,
                                SessionMode mode, byte[] evidenceJpeg, String frameHash, String modelVersion,
                                double threshold, int sightings) {
}
