package com.slotledger.api.recognition;

import com.slotledger.api.shared.TargetedCommand;
import com.slotledger.api.sitting.SessionMode;

import java.time.Instant;
import java.util.Map;

/**
 * A recognition run's own record, on the run's stream: each decision with the model version and threshold it was
 * made with (recorded before the RecognitionDetected it leads to, which shares the run's correlation id), and
 * what the run saw, reported once when it ends, so unknown faces are on record and not only in a log.
 */
public final class RunCommands {

    private RunCommands() {
    }

    /** One decision of a run: recorded once per student per run (a repeat changes nothing). */
    public record RecordRecognition(String runId, String slotId, SessionMode mode, String studentId, double confidence,
                                    Instant capturedAt, String frameHash, String evidenceHash, String modelVersion,
                                    double threshold, int sightings, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return runId;
        }
    }

    /**
     * {@code recognised} maps each student the run decided on to the frames they were seen in; {@code rejected}
     * counts the decisions the slot refused, by reason (empty when the sender cannot know, e.g. over the callback).
     */
    public record ReportRecognitionRun(String runId, String slotId, SessionMode mode, String source, String end,
                                       String failure, Instant startedAt, Instant endedAt, long framesRead,
                                       long framesAnalysed, int frameStep, long facesDetected,
                                       Map<String, Integer> recognised, long unknownFaces, long offRosterFaces,
                                       int mostUnknownAtOnce, String modelVersion, double threshold,
                                       Map<String, Integer> rejected, String by, Instant at)
            implements TargetedCommand {
        public ReportRecognitionRun {
            recognised = Map.copyOf(recognised);
            rejected = Map.copyOf(rejected);
        }

        public String targetId() {
            return runId;
        }
    }
}
