package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.AttendanceStatus;
import com.slotledger.api.sitting.ParticipantOutcome;
import com.slotledger.api.sitting.ParticipantPolicy;

/** The slot's participants and attendance records, and the rule for adding someone already there. */
final class SlotRoster {

    private SlotRoster() {
    }

    record Participant(String subjectId, String studentId, boolean enrolled) {
        Participant withEnrolled(boolean value) {
            return new Participant(subjectId, studentId, value);
        }
    }

    record Attendance(String attendanceId, String studentId, AttendanceStatus status, boolean needsReview) {
        Attendance withStatus(AttendanceStatus value) {
            return new Attendance(attendanceId, studentId, value, needsReview);
        }

        Attendance withReview(boolean value) {
            return new Attendance(attendanceId, studentId, status, value);
        }
    }

    /** Rule "a student once per subject in a slot", with the import modes' treatment of existing participants. */
    static ParticipantOutcome onExisting(Participant existing, ParticipantPolicy policy) {
        if (existing == null) {
            return ParticipantOutcome.ADDED;
        }
        if (existing.enrolled()) {
            if (policy == ParticipantPolicy.SINGLE) {
                throw new DomainRejection(ErrorCode.PARTICIPANT_EXISTS, "The student already sits this subject in the slot.");
            }
            return ParticipantOutcome.UNCHANGED;
        }
        return policy == ParticipantPolicy.ADD_ONLY ? ParticipantOutcome.UNCHANGED : ParticipantOutcome.REENROLLED;
    }
}
