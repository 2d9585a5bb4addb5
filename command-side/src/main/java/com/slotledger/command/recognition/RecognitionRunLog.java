package com.slotledger.command.recognition;

import com.slotledger.api.recognition.RunCommands.RecordRecognition;
import com.slotledger.api.recognition.RunCommands.ReportRecognitionRun;
import com.slotledger.api.recognition.RunEvents.RecognitionDecided;
import com.slotledger.api.recognition.RunEvents.RecognitionRunReported;
import com.slotledger.api.shared.Revision;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One recognition run's record, created by its first decision or its report (load-or-create). Rules "a run decides a student once" and "a run is reported once": a repeated
 * decision or report (a retried request) changes nothing.
 */
@Revision("1")
public class RecognitionRunLog {

    @AggregateIdentifier
    private String runId;
    private Set<String> decided = new HashSet<>();
    private boolean reported;

    protected RecognitionRunLog() {
    }

    void record(RecordRecognition c) {
        if (!decided.contains(c.studentId())) {
            apply(new RecognitionDecided(c.runId(), c.slotId(), c.mode(), c.studentId(), c.confidence(), c.capturedAt(),
                    c.frameHash(), c.evidenceHash(), c.modelVersion(), c.threshold(), c.sightings(), c.by(), c.at()));
        }
    }

    void report(ReportRecognitionRun c) {
        if (!reported) {
            apply(new RecognitionRunReported(c.runId(), c.slotId(), c.mode(), c.source(), c.end(), c.failure(),
                    c.startedAt(), c.endedAt(), c.framesRead(), c.framesAnalysed(), c.frameStep(), c.facesDetected(),
                    c.recognised(), c.unknownFaces(), c.offRosterFaces(), c.mostUnknownAtOnce(), c.modelVersion(),
                    c.threshold(), c.rejected(), c.by(), c.at()));
        }
    }

    @EventSourcingHandler
    void on(RecognitionDecided e) {
        runId = e.runId();
        decided.add(e.studentId());
    }

    @EventSourcingHandler
    void on(RecognitionRunReported e) {
        runId = e.runId();
        reported = true;
    }
}
