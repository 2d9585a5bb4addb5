package com.slotledger.command.sitting;

import com.slotledger.api.sitting.AttendanceEvents.DetectionAccepted;
import com.slotledger.api.sitting.AttendanceEvents.DetectionRejected;
import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.api.sitting.DetectionRejectionReason;
import com.slotledger.api.sitting.SessionMode;

import java.time.Instant;
import java.util.Set;

/** Rule "a detection counts only if ...": each reason a recognition is rejected, checked in a fixed order. */
final class SlotDetections {

    private SlotDetections() {
    }

    /** A recognition with its evidence already stored and the configured confidence floor. */
    record Detection(String studentId, double confidence, Instant capturedAt, SessionMode mode, AttendanceKind kind,
                     String frameHash, String evidenceHash, Long evidenceSize, String evidenceMediaType,
                     double minConfidence, String by, Instant at) {
    }

    record Verdict(Detection detection, DetectionRejectionReason reason) {
        boolean accepted() {
            return reason == null;
        }

        Object event(String slotId, String attendanceId) {
            Detection d = detection;
            return accepted()
                    ? new DetectionAccepted(slotId, d.studentId(), attendanceId, d.confidence(), d.capturedAt(), d.mode(),
                    d.frameHash(), d.evidenceHash(), d.evidenceSize(), d.evidenceMediaType(), d.by(), d.at())
                    : new DetectionRejected(slotId, d.studentId(), d.confidence(), d.capturedAt(), d.mode(), d.frameHash(),
                    d.evidenceHash(), d.evidenceSize(), d.evidenceMediaType(), reason, d.by(), d.at());
        }
    }

    static Verdict judge(Detection d, boolean slotActive, boolean running, SessionMode runningMode,
                         AttendanceKind slotKind, boolean onRoster, Set<String> seenFrames) {
        return new Verdict(d, reason(d, slotActive, running, runningMode, slotKind, onRoster, seenFrames));
    }

    private static DetectionRejectionReason reason(Detection d, boolean slotActive, boolean running,
                                                   SessionMode runningMode, AttendanceKind slotKind, boolean onRoster,
                                                   Set<String> seenFrames) {
        if (!slotActive) {
            return DetectionRejectionReason.SLOT_INACTIVE;
        }
        if (!running) {
            return DetectionRejectionReason.SESSION_INACTIVE;
        }
        if (d.mode() != null && d.mode() != runningMode) {
            return DetectionRejectionReason.MODE_MISMATCH;
        }
        if (d.kind() != null && d.kind() != slotKind) {
            return DetectionRejectionReason.KIND_MISMATCH;
        }
        if (!onRoster) {
            return DetectionRejectionReason.NOT_ON_ROSTER;
        }
        if (d.confidence() < d.minConfidence()) {
            return DetectionRejectionReason.LOW_CONFIDENCE;
        }
        if (d.frameHash() != null && seenFrames.contains(frameKey(d.frameHash(), d.studentId()))) {
            return DetectionRejectionReason.DUPLICATE_FRAME;
        }
        return null;
    }

    /** One frame may show several students; the same frame for the same student counts once. */
    static String frameKey(String frameHash, String studentId) {
        return frameHash + "/" + studentId;
    }
}
