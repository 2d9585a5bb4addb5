package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.AttendanceEvents.DetectionAccepted;
import com.slotledger.api.sitting.AttendanceEvents.SessionStarted;
import com.slotledger.api.sitting.AttendanceEvents.SessionStopped;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.api.sitting.SlotEvents.SlotCancelled;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.Set;

/**
 * A slot's recognition passes: whether one runs and which, whether a first pass was finalized, who was detected in
 * the running pass, and which (frame, student) pairs were already counted. A member of the slot aggregate: it
 * sources its own state from the slot's events.
 */
final class SlotSession {

    private boolean running;
    private SessionMode mode;
    private boolean finalized;
    private Set<String> detectedThisPass = new HashSet<>();
    private Set<String> seenFrames = new HashSet<>();

    /** Rules "one pass at a time" and "a rescan follows a finalized pass". */
    void requireStartable(SessionMode requested) {
        if (running) {
            throw new DomainRejection(ErrorCode.SESSION_ALREADY_RUNNING, "A " + mode + " pass is already running.");
        }
        if (requested == SessionMode.RESCAN && !finalized) {
            throw new DomainRejection(ErrorCode.RESCAN_BEFORE_FINALIZE, "Stop the first pass before a rescan.");
        }
    }

    /** Rule "only a running pass stops"; answers the pass being stopped. */
    SessionMode requireRunning() {
        if (!running) {
            throw new DomainRejection(ErrorCode.SESSION_NOT_RUNNING, "No pass is running.");
        }
        return mode;
    }

    boolean running() {
        return running;
    }

    SessionMode mode() {
        return mode;
    }

    Set<String> detectedThisPass() {
        return Set.copyOf(detectedThisPass);
    }

    /** One frame may show several students; the same frame for the same student counts once. */
    boolean seen(String frameHash, String studentId) {
        return frameHash != null && seenFrames.contains(frameKey(frameHash, studentId));
    }

    @EventSourcingHandler
    void on(SessionStarted e) {
        running = true;
        mode = e.mode();
        detectedThisPass = new HashSet<>();
    }

    @EventSourcingHandler
    void on(SessionStopped e) {
        running = false;
        finalized = true;
        detectedThisPass = new HashSet<>();
    }

    @EventSourcingHandler
    void on(SlotCancelled e) {
        running = false;
    }

    @EventSourcingHandler
    void on(DetectionAccepted e) {
        detectedThisPass.add(e.studentId());
        if (e.frameHash() != null) {
            seenFrames.add(frameKey(e.frameHash(), e.studentId()));
        }
    }

    private static String frameKey(String frameHash, String studentId) {
        return frameHash + "/" + studentId;
    }
}
