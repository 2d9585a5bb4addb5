package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.AttendanceEvents.AttendanceMarked;
import com.slotledger.api.sitting.AttendanceEvents.AttendanceOpened;
import com.slotledger.api.sitting.AttendanceEvents.AttendanceReviewChanged;
import com.slotledger.api.sitting.AttendanceStatus;
import com.slotledger.api.sitting.ParticipantOutcome;
import com.slotledger.api.sitting.ParticipantPolicy;
import com.slotledger.api.sitting.SlotEvents.ParticipantAdded;
import com.slotledger.api.sitting.SlotEvents.ParticipantReenrolled;
import com.slotledger.api.sitting.SlotEvents.ParticipantWithdrawn;
import com.slotledger.api.sitting.SlotEvents.SlotSubjectAssigned;
import com.slotledger.api.sitting.SlotEvents.SlotSubjectRemoved;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A slot's subjects, participants and attendance records (one per student, whatever the number of subjects), as
 * its decisions need them, with the roster rules. A member of the slot aggregate: it sources its own state from the
 * slot's events.
 */
final class SlotRoster {

    private Set<String> subjects = new HashSet<>();
    private TreeMap<String, Participant> participants = new TreeMap<>();
    /** By student id. */
    private TreeMap<String, Attendance> attendance = new TreeMap<>();

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

    boolean hasSubject(String subjectId) {
        return subjects.contains(subjectId);
    }

    Participant findParticipant(String participantId) {
        return participants.get(participantId);
    }

    Participant participant(String participantId) {
        Participant participant = participants.get(participantId);
        if (participant == null) {
            throw new DomainRejection(ErrorCode.PARTICIPANT_NOT_FOUND, "No participant " + participantId + " in this slot.");
        }
        return participant;
    }

    boolean hasAttendance(String studentId) {
        return attendance.containsKey(studentId);
    }

    /** The student's record, or null when the student has none in this slot. */
    Attendance attendanceOf(String studentId) {
        return attendance.get(studentId);
    }

    Attendance attendanceById(String attendanceId) {
        return attendance.values().stream().filter(a -> a.attendanceId().equals(attendanceId)).findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.ATTENDANCE_NOT_FOUND, "No attendance " + attendanceId + " in this slot."));
    }

    List<Attendance> attendance() {
        return new ArrayList<>(attendance.values());
    }

    /**
     * Rule "on the roster": in an exam slot a student with at least one enrolled participation; in a lecture a
     * student with an attendance record. Withdrawn students keep their record but are no longer expected.
     */
    boolean onRoster(String studentId, boolean byParticipants) {
        if (!byParticipants) {
            return attendance.containsKey(studentId);
        }
        return participants.values().stream().anyMatch(p -> p.enrolled() && p.studentId().equals(studentId));
    }

    @EventSourcingHandler
    void on(SlotSubjectAssigned e) {
        subjects.add(e.subjectId());
    }

    @EventSourcingHandler
    void on(SlotSubjectRemoved e) {
        subjects.remove(e.subjectId());
    }

    @EventSourcingHandler
    void on(ParticipantAdded e) {
        participants.put(e.participantId(), new Participant(e.subjectId(), e.studentId(), true));
    }

    @EventSourcingHandler
    void on(ParticipantWithdrawn e) {
        participants.computeIfPresent(e.participantId(), (id, p) -> p.withEnrolled(false));
    }

    @EventSourcingHandler
    void on(ParticipantReenrolled e) {
        participants.computeIfPresent(e.participantId(), (id, p) -> p.withEnrolled(true));
    }

    @EventSourcingHandler
    void on(AttendanceOpened e) {
        attendance.put(e.studentId(), new Attendance(e.attendanceId(), e.studentId(), AttendanceStatus.NOT_YET, false));
    }

    @EventSourcingHandler
    void on(AttendanceMarked e) {
        attendance.computeIfPresent(e.studentId(), (id, a) -> a.withStatus(e.status()));
    }

    @EventSourcingHandler
    void on(AttendanceReviewChanged e) {
        attendance.computeIfPresent(e.studentId(), (id, a) -> a.withReview(e.needsReview()));
    }
}
