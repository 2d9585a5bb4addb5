package com.slotledger.api.recognition;

import com.slotledger.api.shared.TargetedCommand;
import com.slotledger.api.sitting.SessionMode;

import java.time.Instant;
import java.util.Map;

/** What a recognition run saw, reported once when it ends, so unknown faces are on record and not only in a log. */
public final class RunCommands {

    private RunCommands() {
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
