package com.slotledger.api.sitting;

import com.slotledger.api.shared.TargetedCommand;

import java.time.Instant;

/**
 * Sessions, recognitions and manual changes of a slot's attendance. {@code operator} is true when the actor is
 * a DATA_OPERATOR or ADMIN: they act on any slot and after the supervisors' edit window.
 */
public final class AttendanceCommands {

    private AttendanceCommands() {
    }

    public record StartSession(String slotId, SessionMode mode, String by, boolean operator, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    /** Finalizes the running pass: NOT_YET becomes ABSENT; a regular RESCAN flags PRESENT students not seen. */
    public record StopSession(String slotId, String by, boolean operator, Instant at) implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    /**
     * One face recognised in one frame. Sent by the recognition callback or directly by the recognition module.
     * Evidence is optional: the image bytes (stored content-addressed outside the event) or only their hash
     * when the image lives elsewhere. {@code kind} is the sender's callbackType (null: the slot's own).
     */
    public record RecognitionDetected(String slotId, String studentId, double confidence, Instant capturedAt,
                                      SessionMode mode, AttendanceKind kind, String frameHash, Evidence evidence,
                                      String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    /** An evidence image: bytes (may be null when only the hash is known), their SHA-256 hex and media type. */
    public record Evidence(byte[] bytes, String sha256, String mediaType) {
    }

    public record UpdateAttendance(String slotId, String attendanceId, AttendanceStatus status, String remark,
                                   String by, boolean operator, Instant at) implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }
}
