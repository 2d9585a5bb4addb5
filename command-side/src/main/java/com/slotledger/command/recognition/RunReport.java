package com.slotledger.command.recognition;

import com.slotledger.api.recognition.RunCommands.ReportRecognitionRun;
import com.slotledger.api.recognition.RunEvents.RecognitionRunReported;
import com.slotledger.api.shared.Revision;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One recognition run's report; a run is reported once (a repeated report of the same run changes nothing). */
@Revision("1")
public class RunReport {

    @AggregateIdentifier
    private String runId;

    protected RunReport() {
    }

    RunReport(ReportRecognitionRun c) {
        apply(new RecognitionRunReported(c.runId(), c.slotId(), c.mode(), c.source(), c.end(), c.failure(), c.startedAt(),
                c.endedAt(), c.framesRead(), c.framesAnalysed(), c.frameStep(), c.facesDetected(), c.recognised(),
                c.unknownFaces(), c.offRosterFaces(), c.mostUnknownAtOnce(), c.modelVersion(), c.threshold(),
                c.rejected(), c.by(), c.at()));
    }

    @EventSourcingHandler
    void on(RecognitionRunReported e) {
        runId = e.runId();
    }
}
