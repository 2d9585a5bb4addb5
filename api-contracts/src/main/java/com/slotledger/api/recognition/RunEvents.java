package com.slotledger.api.recognition;

import com.slotledger.api.shared.Revision;
import com.slotledger.api.sitting.SessionMode;

import java.time.Instant;
import java.util.Map;

/** Published facts about recognition runs. */
public final class RunEvents {

    private RunEvents() {
    }

    @Revision("1")
    public record RecognitionDecided(String runId, String slotId, SessionMode mode, String studentId, double confidence,
                                     Instant capturedAt, String frameHash, String evidenceHash, String modelVersion,
                                     double threshold, int sightings, String by, Instant at) {
    }

    @Revision("1")
    public record RecognitionRunReported(String runId, String slotId, SessionMode mode, String source, String end,
                                         String failure, Instant startedAt, Instant endedAt, long framesRead,
                                         long framesAnalysed, int frameStep, long facesDetected,
                                         Map<String, Integer> recognised, long unknownFaces, long offRosterFaces,
                                         int mostUnknownAtOnce, String modelVersion, double threshold,
                                         Map<String, Integer> rejected, String by, Instant at) {
    }
}
