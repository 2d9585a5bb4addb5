package com.slotledger.app.recognition;

import com.slotledger.api.sitting.AttendanceEvents.SessionStarted;
import com.slotledger.api.sitting.AttendanceEvents.SessionStopped;
import com.slotledger.app.axon.EventReactor;
import com.slotledger.recognition.service.RecognitionRuns;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Starts a recognition run when a slot's session starts (INITIAL or RESCAN, as the event says) and stops it when
 * the session stops. The run itself happens on the recognition module's threads, never on the processor's. The runs
 * are looked up lazily: they need read-your-writes and the command bus, which need the Axon configuration this
 * reactor is part of.
 */
@Singleton
class SessionWatcher implements EventReactor {

    static final String NAME = "recognition-sessions";

    private final Provider<RecognitionRuns> runs;

    SessionWatcher(Provider<RecognitionRuns> runs) {
        this.runs = runs;
    }

    @Override
    public String reactorName() {
        return NAME;
    }

    @EventHandler
    void on(SessionStarted e, TrackingToken token) {
        runs.get().sessionStarted(e.slotId(), e.mode(), token.position().orElse(0));
    }

    @EventHandler
    void on(SessionStopped e) {
        runs.get().sessionStopped(e.slotId());
    }
}
