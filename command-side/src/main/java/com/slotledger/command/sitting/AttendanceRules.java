package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.api.sitting.AttendanceStatus;
import com.slotledger.api.sitting.SessionMode;

/**
 * The seed's status flow as named rules: what a detection does during a pass, and what finalizing a pass does to
 * a student who was not detected. An outcome's null field means "unchanged".
 */
final class AttendanceRules {

    private AttendanceRules() {
    }

    record Outcome(AttendanceStatus status, Boolean needsReview) {
        static final Outcome KEEP = new Outcome(null, null);
    }

    static Outcome detected(AttendanceKind kind, SessionMode mode, AttendanceStatus status) {
        if (status == AttendanceStatus.NOT_YET) {
            return new Outcome(AttendanceStatus.PRESENT, null); // "NOT_YET -> PRESENT (auto)"
        }
        if (mode == SessionMode.INITIAL) {
            // "INITIAL: NOT_YET or ABSENT detected -> PRESENT"
            return status == AttendanceStatus.ABSENT ? new Outcome(AttendanceStatus.PRESENT, null) : Outcome.KEEP;
        }
        if (status == AttendanceStatus.PRESENT) {
            return new Outcome(null, false); // "RESCAN: PRESENT + detected: keep, clear needsReview"
        }
        return kind == AttendanceKind.EXAM
                ? new Outcome(AttendanceStatus.PRESENT, null) // "RESCAN exam: ABSENT + detected -> PRESENT (late)"
                : new Outcome(null, true);                    // "RESCAN regular: ABSENT + detected: keep, review"
    }

    static Outcome notDetected(AttendanceKind kind, SessionMode mode, AttendanceStatus status) {
        if (status == AttendanceStatus.NOT_YET) {
            return new Outcome(AttendanceStatus.ABSENT, null); // "NOT_YET -> ABSENT when the session is finalized"
        }
        if (mode == SessionMode.RESCAN && kind == AttendanceKind.REGULAR && status == AttendanceStatus.PRESENT) {
            return new Outcome(null, true); // "RESCAN regular: PRESENT + not detected: keep, needsReview"
        }
        return Outcome.KEEP; // "RESCAN exam: PRESENT + not detected: keep (trust exam completion)"
    }

    /** Rule "a person sets PRESENT or ABSENT": NOT_YET is only where a record starts. */
    static void requireManualStatus(AttendanceStatus status) {
        if (status != AttendanceStatus.PRESENT && status != AttendanceStatus.ABSENT) {
            throw new DomainRejection(ErrorCode.INVALID_STATUS, "A manual change sets PRESENT or ABSENT.");
        }
    }
}
