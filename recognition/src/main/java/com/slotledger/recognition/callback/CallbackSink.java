package com.slotledger.recognition.callback;

import com.slotledger.api.shared.Sha256;
import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.recognition.run.RecognitionSink;
import com.slotledger.recognition.run.RunSummary;
import com.slotledger.recognition.run.StudentRecognised;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Base64;
import java.util.List;

/**
 * Delivery from a separate process: each decision is recorded on the run's log (model version, threshold), then
 * posted to the recognition callback, which turns it into RecognitionDetected; the run's report follows at the end.
 * A failed post is logged and counted, and the run goes on: the next decisions may still get through.
 */
public final class CallbackSink implements RecognitionSink {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackSink.class);

    private final BackendClient backend;
    private final AttendanceKind kind;
    private int failures;

    public CallbackSink(BackendClient backend, AttendanceKind kind) {
        this.backend = backend;
        this.kind = kind;
    }

    @Override
    public void recognised(StudentRecognised d) {
        String evidenceHash = Sha256.hex(d.evidenceJpeg());
        try {
            backend.decision(d.runId(), new BackendClient.Decision(d.slotId(), d.mode(), d.studentId(), d.confidence(),
                    d.capturedAt(), d.frameHash(), evidenceHash, d.modelVersion(), d.threshold(), d.sightings()));
            backend.callback(new BackendClient.Callback(kind, d.slotId(), d.mode(), List.of(new BackendClient.Recognition(
                    d.studentId(), d.confidence(), d.capturedAt(), d.frameHash(), new BackendClient.Evidence(
                    Base64.getEncoder().encodeToString(d.evidenceJpeg()), evidenceHash, "image/jpeg")))));
        } catch (IOException e) {
            failures++;
            LOG.warn("run {}: the recognition of {} did not reach the app: {}", d.runId(), d.studentId(), e.getMessage());
        }
    }

    @Override
    public void finished(RunSummary summary) {
        try {
            backend.report(summary);
        } catch (IOException e) {
            failures++;
            LOG.warn("run {}: its report did not reach the app: {}", summary.runId(), e.getMessage());
        }
    }

    public int failures() {
        return failures;
    }
}
