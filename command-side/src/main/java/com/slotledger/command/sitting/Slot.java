package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import com.slotledger.api.sitting.AttendanceCommands.StartSession;
import com.slotledger.api.sitting.AttendanceCommands.StopSession;
import com.slotledger.api.sitting.AttendanceCommands.UpdateAttendance;
import com.slotledger.api.sitting.AttendanceEvents.AttendanceMarked;
import com.slotledger.api.sitting.AttendanceEvents.AttendanceOpened;
import com.slotledger.api.sitting.AttendanceEvents.AttendanceReviewChanged;
import com.slotledger.api.sitting.AttendanceEvents.DetectionAccepted;
import com.slotledger.api.sitting.AttendanceEvents.SessionStarted;
import com.slotledger.api.sitting.AttendanceEvents.SessionStopped;
import com.slotledger.api.sitting.AttendanceMethod;
import com.slotledger.api.sitting.AttendanceStatus;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.api.sitting.SlotCommands.AddParticipant;
import com.slotledger.api.sitting.SlotCommands.AddSlotAttendees;
import com.slotledger.api.sitting.SlotCommands.AssignSlotSubjects;
import com.slotledger.api.sitting.SlotCommands.CancelSlot;
import com.slotledger.api.sitting.SlotCommands.ReenrolParticipant;
import com.slotledger.api.sitting.SlotCommands.RemoveSlotSubject;
import com.slotledger.api.sitting.SlotCommands.RescheduleSlot;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import com.slotledger.api.sitting.SlotCommands.WithdrawParticipant;
import com.slotledger.api.sitting.SlotEvents.ParticipantAdded;
import com.slotledger.api.sitting.SlotEvents.ParticipantReenrolled;
import com.slotledger.api.sitting.SlotEvents.ParticipantWithdrawn;
import com.slotledger.api.sitting.SlotEvents.SlotCancelled;
import com.slotledger.api.sitting.SlotEvents.SlotRescheduled;
import com.slotledger.api.sitting.SlotEvents.SlotScheduled;
import com.slotledger.api.sitting.SlotEvents.SlotSubjectAssigned;
import com.slotledger.api.sitting.SlotEvents.SlotSubjectRemoved;
import com.slotledger.api.sitting.ParticipantOutcome;
import com.slotledger.api.sitting.SlotCategory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A scheduled slot and its sitting: subjects, participants, one attendance record per student, the session's
 * passes and the recognitions. Holds only what its decisions need; detections live in {@link SlotDetections}.
 */
@Revision("1")
public class Slot {

    @AggregateIdentifier
    private String slotId;
    private SlotCategory category;
    private Instant startsAt;
    private ZoneId zone;
    private Set<String> supervisors = new HashSet<>();
    private boolean active;
    private Set<String> subjects = new HashSet<>();
    private TreeMap<String, SlotRoster.Participant> participants = new TreeMap<>();
    private TreeMap<String, SlotRoster.Attendance> attendance = new TreeMap<>();
    private boolean running;
    private SessionMode mode;
    private boolean finalized;
    private Set<String> detectedThisPass = new HashSet<>();
    private Set<String> seenFrames = new HashSet<>();

    protected Slot() {
    }

    Slot(ScheduleSlot c) {
        if (!c.endsAt().isAfter(c.startsAt())) {
            throw new DomainRejection(ErrorCode.INVALID_SLOT_TIME, "A slot must end after it starts.");
        }
        String source = c.source() == null ? null : c.source().type();
        String sourceId = c.source() == null ? null : c.source().id();
        apply(new SlotScheduled(c.slotId(), c.semesterId(), c.roomId(), c.startsAt(), c.endsAt(), c.zone(), c.category(),
                c.supervisorIds(), c.lecturerId(), source, sourceId, c.by(), c.at()));
    }

    void reschedule(RescheduleSlot c) {
        requireActive();
        if (!c.endsAt().isAfter(c.startsAt())) {
            throw new DomainRejection(ErrorCode.INVALID_SLOT_TIME, "A slot must end after it starts.");
        }
        apply(new SlotRescheduled(slotId, c.roomId(), c.startsAt(), c.endsAt(), c.zone(), c.supervisorIds(),
                c.lecturerId(), c.by(), c.at()));
    }

    void cancel(CancelSlot c) {
        requireActive();
        apply(new SlotCancelled(slotId, c.reason(), c.by(), c.at()));
    }

    void assignSubjects(AssignSlotSubjects c) {
        requireActive();
        requireParticipantCategory();
        for (String subject : new LinkedHashSet<>(c.subjectIds())) {
            if (subjects.contains(subject)) {
                throw new DomainRejection(ErrorCode.SUBJECT_ALREADY_ASSIGNED, "Subject " + subject + " is already on the slot.");
            }
        }
        new LinkedHashSet<>(c.subjectIds()).forEach(subject -> apply(new SlotSubjectAssigned(slotId, subject, c.by(), c.at())));
    }

    @CommandHandler
    void handle(RemoveSlotSubject c) {
        requireActive();
        if (!subjects.contains(c.subjectId())) {
            throw new DomainRejection(ErrorCode.SUBJECT_NOT_ASSIGNED, "Subject " + c.subjectId() + " is not on the slot.");
        }
        apply(new SlotSubjectRemoved(slotId, c.subjectId(), c.by(), c.at()));
    }

    /** The caller has checked the enrolment; the slot decides the rest. */
    ParticipantOutcome addParticipant(AddParticipant c) {
        requireActive();
        requireParticipantCategory();
        if (!subjects.contains(c.subjectId())) {
            throw new DomainRejection(ErrorCode.SUBJECT_NOT_ASSIGNED,
                    "Assign subject " + c.subjectId() + " to the slot before adding its participants.");
        }
        String participantId = SittingIds.participant(slotId, c.subjectId(), c.studentId());
        SlotRoster.Participant existing = participants.get(participantId);
        ParticipantOutcome outcome = SlotRoster.onExisting(existing, c.policy());
        if (outcome == ParticipantOutcome.ADDED) {
            apply(new ParticipantAdded(slotId, participantId, c.subjectId(), c.studentId(), c.by(), c.at()));
            openAttendance(c.studentId(), c.at());
        } else if (outcome == ParticipantOutcome.REENROLLED) {
            apply(new ParticipantReenrolled(slotId, participantId, c.studentId(), c.by(), c.at()));
        }
        return outcome;
    }

    @CommandHandler
    void handle(WithdrawParticipant c) {
        requireActive();
        SlotRoster.Participant participant = participant(c.participantId());
        if (participant.enrolled()) {
            apply(new ParticipantWithdrawn(slotId, c.participantId(), participant.studentId(), c.by(), c.at()));
        }
    }

    @CommandHandler
    void handle(ReenrolParticipant c) {
        requireActive();
        SlotRoster.Participant participant = participant(c.participantId());
        if (!participant.enrolled()) {
            apply(new ParticipantReenrolled(slotId, c.participantId(), participant.studentId(), c.by(), c.at()));
        }
    }

    void addAttendees(AddSlotAttendees c) {
        requireActive();
        if (category.takesParticipants()) {
            throw new DomainRejection(ErrorCode.CATEGORY_TAKES_NO_ROSTER,
                    "An exam slot's roster comes from its participants.");
        }
        new LinkedHashSet<>(c.studentIds()).forEach(student -> openAttendance(student, c.at()));
    }

    @CommandHandler
    void handle(StartSession c) {
        requireActive();
        requireAssigned(c.by(), c.operator());
        if (running) {
            throw new DomainRejection(ErrorCode.SESSION_ALREADY_RUNNING, "A " + mode + " pass is already running.");
        }
        if (c.mode() == SessionMode.RESCAN && !finalized) {
            throw new DomainRejection(ErrorCode.RESCAN_BEFORE_FINALIZE, "Stop the first pass before a rescan.");
        }
        apply(new SessionStarted(slotId, c.mode(), c.by(), c.at()));
    }

    /** Finalizing applies the "not detected" rules to every student on the roster. */
    @CommandHandler
    void handle(StopSession c) {
        requireAssigned(c.by(), c.operator());
        if (!running) {
            throw new DomainRejection(ErrorCode.SESSION_NOT_RUNNING, "No pass is running.");
        }
        SessionMode pass = mode;
        Set<String> detected = Set.copyOf(detectedThisPass);
        apply(new SessionStopped(slotId, pass, c.by(), c.at()));
        for (SlotRoster.Attendance record : attendance.values()) {
            if (onRoster(record.studentId()) && !detected.contains(record.studentId())) {
                change(record, AttendanceRules.notDetected(category.attendanceKind(), pass, record.status()),
                        AttendanceMethod.FINALIZE, null, c.by(), c.at(), "not detected in the " + pass + " pass");
            }
        }
    }

    /** Judges one recognition; a rejection is recorded, not thrown. */
    SlotDetections.Verdict detect(SlotDetections.Detection d) {
        SlotDetections.Verdict verdict = SlotDetections.judge(d, active, running, mode, category.attendanceKind(),
                onRoster(d.studentId()), seenFrames);
        apply(verdict.event(slotId, attendanceIdOf(d.studentId())));
        if (verdict.accepted()) {
            SlotRoster.Attendance record = attendance.get(d.studentId());
            change(record, AttendanceRules.detected(category.attendanceKind(), mode, record.status()),
                    AttendanceMethod.AUTO, null, d.by(), d.at(), "detected in the " + mode + " pass");
        }
        return verdict;
    }

    /** Rules "edit window" and "assigned supervisor"; a manual decision also settles a pending review. */
    @CommandHandler
    void handle(UpdateAttendance c) {
        requireActive();
        SlotRoster.Attendance record = attendance.values().stream()
                .filter(a -> a.attendanceId().equals(c.attendanceId())).findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.ATTENDANCE_NOT_FOUND, "No attendance " + c.attendanceId() + "."));
        if (c.status() != AttendanceStatus.PRESENT && c.status() != AttendanceStatus.ABSENT) {
            throw new DomainRejection(ErrorCode.INVALID_STATUS, "A manual change sets PRESENT or ABSENT.");
        }
        requireAssigned(c.by(), c.operator());
        EditWindow window = EditWindow.of(startsAt, zone);
        if (window.notYetOpen(c.at())) {
            throw new DomainRejection(ErrorCode.EDIT_WINDOW_NOT_OPEN, "Attendance can be changed from the slot's start, "
                    + window.opens() + ".");
        }
        if (window.closed(c.at()) && !c.operator()) {
            throw new DomainRejection(ErrorCode.EDIT_WINDOW_CLOSED, "The edit window closed at " + window.closes()
                    + "; only a data operator may change it now.");
        }
        apply(new AttendanceMarked(record.attendanceId(), slotId, record.studentId(), record.status(), c.status(),
                AttendanceMethod.MANUAL, c.remark(), c.by(), c.at()));
        if (record.needsReview()) {
            apply(new AttendanceReviewChanged(record.attendanceId(), slotId, record.studentId(), false, "manual decision", c.at()));
        }
    }

    private void change(SlotRoster.Attendance record, AttendanceRules.Outcome outcome, AttendanceMethod method,
                        String remark, String by, Instant at, String reason) {
        if (outcome.status() != null && outcome.status() != record.status()) {
            apply(new AttendanceMarked(record.attendanceId(), slotId, record.studentId(), record.status(),
                    outcome.status(), method, remark, by, at));
        }
        if (outcome.needsReview() != null && outcome.needsReview() != record.needsReview()) {
            apply(new AttendanceReviewChanged(record.attendanceId(), slotId, record.studentId(), outcome.needsReview(),
                    reason, at));
        }
    }

    private void openAttendance(String studentId, Instant at) {
        if (!attendance.containsKey(studentId)) {
            apply(new AttendanceOpened(SittingIds.attendance(slotId, studentId), slotId, studentId, at));
        }
    }

    private boolean onRoster(String studentId) {
        if (!category.takesParticipants()) {
            return attendance.containsKey(studentId);
        }
        return participants.values().stream().anyMatch(p -> p.enrolled() && p.studentId().equals(studentId));
    }

    private String attendanceIdOf(String studentId) {
        SlotRoster.Attendance record = attendance.get(studentId);
        return record == null ? null : record.attendanceId();
    }

    private SlotRoster.Participant participant(String participantId) {
        SlotRoster.Participant participant = participants.get(participantId);
        if (participant == null) {
            throw new DomainRejection(ErrorCode.PARTICIPANT_NOT_FOUND, "No participant " + participantId + " in this slot.");
        }
        return participant;
    }

    /** Rule "slot active": a cancelled slot takes no more changes. */
    private void requireActive() {
        if (!active) {
            throw new DomainRejection(ErrorCode.SLOT_INACTIVE, "The slot is cancelled.");
        }
    }

    /** Rule "only FINAL_EXAM and LECTURE_WITH_PT take subjects and participants". */
    private void requireParticipantCategory() {
        if (!category.takesParticipants()) {
            throw new DomainRejection(ErrorCode.CATEGORY_TAKES_NO_PARTICIPANTS,
                    "A " + category + " slot takes no subjects or participants.");
        }
    }

    /** Rule "assigned supervisor": operators act on every slot, a supervisor only on their own. */
    private void requireAssigned(String userId, boolean operator) {
        if (!operator && !supervisors.contains(userId)) {
            throw new DomainRejection(ErrorCode.NOT_ASSIGNED, "You are not a supervisor of this slot.");
        }
    }

    @EventSourcingHandler
    void on(SlotScheduled e) {
        slotId = e.slotId();
        category = e.category();
        startsAt = e.startsAt();
        zone = e.zone();
        supervisors = new HashSet<>(e.supervisorIds());
        active = true;
    }

    @EventSourcingHandler
    void on(SlotRescheduled e) {
        startsAt = e.startsAt();
        zone = e.zone();
        supervisors = new HashSet<>(e.supervisorIds());
    }

    @EventSourcingHandler
    void on(SlotCancelled e) {
        active = false;
        running = false;
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
        participants.put(e.participantId(), new SlotRoster.Participant(e.subjectId(), e.studentId(), true));
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
        attendance.put(e.studentId(), new SlotRoster.Attendance(e.attendanceId(), e.studentId(), AttendanceStatus.NOT_YET, false));
    }

    @EventSourcingHandler
    void on(AttendanceMarked e) {
        attendance.computeIfPresent(e.studentId(), (id, a) -> a.withStatus(e.status()));
    }

    @EventSourcingHandler
    void on(AttendanceReviewChanged e) {
        attendance.computeIfPresent(e.studentId(), (id, a) -> a.withReview(e.needsReview()));
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
    void on(DetectionAccepted e) {
        detectedThisPass.add(e.studentId());
        if (e.frameHash() != null) {
            seenFrames.add(SlotDetections.frameKey(e.frameHash(), e.studentId()));
        }
    }
}
