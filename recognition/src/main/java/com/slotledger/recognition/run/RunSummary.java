package com.slotledger.recognition.run;

import com.slotledger.api.sitting.SessionMode;

import java.time.Instant;
import java.util.Map;

/**
 * What a run saw. {@code recognised} maps each decided student to their sightings; {@code unconfirmed} lists
 * students seen too few times to decide. Unknown faces are counted per detection ({@code unknownFaces}) and as the
 * most seen at once ({@code mostUnknownAtOnce}, a floor on how many unknown people were there); faces of enrolled
 * students who are not on the roster are counted apart ({@code offRosterFaces}). {@code stages} gives the
 * milliseconds per analysed frame; {@code frameStep} says how many frames were read per frame analysed.
 */
public record RunSummary(String runId, String slotId, SessionMode mode, String source, Instant startedAt, Instant endedAt,
                         End end, String failure, long framesRead, long framesAnalysed, int frameStep,
                         long facesDetected, Map<String, Integer> recognised, Map<String, Integer> unconfirmed,
                         long unknownFaces, long offRosterFaces, int mostUnknownAtOnce, String modelVersion,
                         double threshold, StageTimes.Summary stages) {

    public enum End {
        COMPLETED,
        STOPPED,
        FAILED
    }
}
