package com.slotledger.api.sitting;

import com.slotledger.api.shared.Revision;

import java.time.Instant;

/** Published facts about sessions and attendance. Evidence images are referenced by hash, never embedded. */
public final class AttendanceEvents {

    private AttendanceEvents() {
    }

    /** One record per (student, slot), whatever the number of subjects, opened NOT_YET. */
    @Revision("1")
    public record AttendanceOpened(String attendanceId, String slotId, String studentId, Instant at) {
    }

    @Revision("1")
    public record AttendanceMarked(String attendanceId, String slotId, String studentId, AttendanceStatus previous,
                                   AttendanceStatus status, AttendanceMethod method, String remark, String by,
                                   Instant at) {
    }

    @Revision("1")
    public record AttendanceReviewChanged(String attendanceId, String slotId, String studentId, boolean needsReview,
                                          String reason, Instant at) {
    }

    @Revision("1")
    public record SessionStarted(String slotId, SessionMode mode, String by, Instant at) {
    }

    @Revision("1")
    public record SessionStopped(String slotId, SessionMode mode, String by, Instant at) {
    }

    @Revision("1")
    public record DetectionAccepted(String slotId, String studentId, String attendanceId, double confidence,
                                    Instant capturedAt, SessionMode mode, String frameHash, String evidenceHash,
                                    Long evidenceSize, String evidenceMediaType, String by, Instant at) {
    }

    @Revision("1")
    public record DetectionRejected(String slotId, String studentId, double confidence, Instant capturedAt,
                                    SessionMode mode, String frameHash, String evidenceHash, Long evidenceSize,
                                    String evidenceMediaType, DetectionRejectionReason reason, String by, Instant at) {
    }
}
