package com.slotledger.command.sitting;

import com.slotledger.api.sitting.AttendanceEvents.DetectionAccepted;
import com.slotledger.api.sitting.AttendanceEvents.DetectionRejected;
import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.api.sitting.DetectionRejectionReason;
import com.slotledger.api.sitting.SessionMode;

import java.time.Instant;

/** Rule "a detection counts only if ...": each reason a recognition is rejected, checked in a fixed order. */
final class SlotDetections {

    private SlotDetections() {
    }

    /** A recognition with its evidence already stored and the configured confidence floor. */
    record Detection(String studentId, double confidence, Instant capturedAt, SessionMode mode, AttendanceKind kind,
                     String frameHash, String evidenceHash, Long evidenceSize, String evidenceMediaType,
                     double minConfidence, String by, Instant at) {
    }

    /** {@code mode} is the pass the detection is recorded under: the sender's, else the running one (if any). */
    record Verdict(Detection detection, SessionMode mode, DetectionRejectionReason reason) {
        boolean accepted() {
            return reason == null;
        }

        Object event(String slotId, String attendanceId) {
            Detection d = detection;
            return accepted()
                    ? new DetectionAccepted(slotId, d.studentId(), attendanceId, d.confidence(), d.capturedAt(), mode,
                    d.frameHash(), d.evidenceHash(), d.evidenceSize(), d.evidenceMediaType(), d.by(), d.at())
                    : new DetectionRejected(slotId, d.studentId(), d.confidence(), d.capturedAt(), mode, d.frameHash(),
                    d.evidenceHash(), d.evidenceSize(), d.evidenceMediaType(), reason, d.by(), d.at());
        }
    }

    static Verdict judge(Detection d, boolean slotActive, SlotSession session, AttendanceKind slotKind,
                         boolean onRoster) {
        SessionMode mode = d.mode() != null ? d.mode() : session.running() ? session.mode() : null;
        return new Verdict(d, mode, reason(d, slotActive, session, slotKind, onRoster));
    }

    private static DetectionRejectionReason reason(Detection d, boolean slotActive, SlotSession session,
                                                   AttendanceKind slotKind, boolean onRoster) {
        if (!slotActive) {
            return DetectionRejectionReason.SLOT_INACTIVE;
        }
        if (!session.running()) {
            return DetectionRejectionReason.SESSION_INACTIVE;
        }
        if (d.mode() != null && d.mode() != session.mode()) {
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
        if (session.seen(d.frameHash(), d.studentId())) {
            return DetectionRejectionReason.DUPLICATE_FRAME;
        }
        return null;
    }
}
