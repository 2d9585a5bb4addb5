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
import com.slotledger.api.sitting.AttendanceEvents.SessionStarted;
import com.slotledger.api.sitting.AttendanceEvents.SessionStopped;
import com.slotledger.api.sitting.AttendanceMethod;
import com.slotledger.api.sitting.ParticipantOutcome;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.api.sitting.SlotCategory;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A scheduled slot and its sitting: subjects, participants, one attendance record per student, the session's
 * passes and the recognitions. Holds only what its decisions need: the roster in {@link SlotRoster}, the passes
 * in {@link SlotSession}; the rules live in named units ({@link AttendanceRules}, {@link EditWindow},
 * {@link SlotDetections}).
 */
@Revision("2")
public class Slot {

    @AggregateIdentifier
    private String slotId;
    private SlotCategory category;
    private Instant startsAt;
    private ZoneId zone;
    private Set<String> supervisors = new HashSet<>();
    private boolean active;
    @AggregateMember
    private SlotRoster roster = new SlotRoster();
    @AggregateMember
    private SlotSession session = new SlotSession();

    protected Slot() {
    }

    Slot(ScheduleSlot c) {
        requireOrder(c.startsAt(), c.endsAt());
        String source = c.source() == null ? null : c.source().type();
        String sourceId = c.source() == null ? null : c.source().id();
        apply(new SlotScheduled(c.slotId(), c.semesterId(), c.roomId(), c.startsAt(), c.endsAt(), c.zone(), c.category(),
                c.supervisorIds(), c.lecturerId(), source, sourceId, c.by(), c.at()));
    }

    void reschedule(RescheduleSlot c) {
        requireActive();
        requireOrder(c.startsAt(), c.endsAt());
        apply(new SlotRescheduled(slotId, c.roomId(), c.startsAt(), c.endsAt(), c.zone(), c.supervisorIds(),
                c.lecturerId(), c.by(), c.at()));
    }

    void cancel(CancelSlot c) {
        requireActive();
        apply(new SlotCancelled(slotId, c.reason(), c.by(), c.at()));
    }

    /** Rule "unique (slot, subject)": the whole request is refused if one subject is already on the slot. */
    void assignSubjects(AssignSlotSubjects c) {
        requireActive();
        requireParticipantCategory();
        Set<String> requested = new LinkedHashSet<>(c.subjectIds());
        for (String subject : requested) {
            if (roster.hasSubject(subject)) {
                throw new DomainRejection(ErrorCode.SUBJECT_ALREADY_ASSIGNED, "Subject " + subject + " is already on the slot.");
            }
        }
        requested.forEach(subject -> apply(new SlotSubjectAssigned(slotId, subject, c.by(), c.at())));
    }

    @CommandHandler
    void handle(RemoveSlotSubject c) {
        requireActive();
        if (!roster.hasSubject(c.subjectId())) {
            throw new DomainRejection(ErrorCode.SUBJECT_NOT_ASSIGNED, "Subject " + c.subjectId() + " is not on the slot.");
        }
        apply(new SlotSubjectRemoved(slotId, c.subjectId(), c.by(), c.at()));
    }

    /** Rule "a subject is assigned before its participants"; the caller has checked the enrolment. */
    ParticipantOutcome addParticipant(AddParticipant c) {
        requireActive();
        requireParticipantCategory();
        if (!roster.hasSubject(c.subjectId())) {
            throw new DomainRejection(ErrorCode.SUBJECT_NOT_ASSIGNED,
                    "Assign subject " + c.subjectId() + " to the slot before adding its participants.");
        }
        String participantId = SittingIds.participant(slotId, c.subjectId(), c.studentId());
        ParticipantOutcome outcome = SlotRoster.onExisting(roster.findParticipant(participantId), c.policy());
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
        SlotRoster.Participant participant = roster.participant(c.participantId());
        if (participant.enrolled()) {
            apply(new ParticipantWithdrawn(slotId, c.participantId(), participant.studentId(), c.by(), c.at()));
        }
    }

    @CommandHandler
    void handle(ReenrolParticipant c) {
        requireActive();
        SlotRoster.Participant participant = roster.participant(c.participantId());
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
        session.requireStartable(c.mode());
        apply(new SessionStarted(slotId, c.mode(), c.by(), c.at()));
    }

    /** Finalizing applies the "not detected" rules to every student on the roster. */
    @CommandHandler
    void handle(StopSession c) {
        requireAssigned(c.by(), c.operator());
        SessionMode pass = session.requireRunning();
        Set<String> detected = session.detectedThisPass();
        apply(new SessionStopped(slotId, pass, c.by(), c.at()));
        for (SlotRoster.Attendance record : roster.attendance()) {
            if (onRoster(record.studentId()) && !detected.contains(record.studentId())) {
                change(record, AttendanceRules.notDetected(category.attendanceKind(), pass, record.status()),
                        AttendanceMethod.FINALIZE, c.by(), c.at(), "not detected in the " + pass + " pass");
            }
        }
    }

    /** Judges one recognition; a rejection is recorded, not thrown. */
    SlotDetections.Verdict detect(SlotDetections.Detection d) {
        SlotDetections.Verdict verdict = SlotDetections.judge(d, active, session, category.attendanceKind(),
                onRoster(d.studentId()));
        SlotRoster.Attendance record = roster.attendanceOf(d.studentId());
        apply(verdict.event(slotId, record == null ? null : record.attendanceId()));
        if (verdict.accepted()) {
            SessionMode pass = session.mode();
            change(record, AttendanceRules.detected(category.attendanceKind(), pass, record.status()),
                    AttendanceMethod.AUTO, d.by(), d.at(), "detected in the " + pass + " pass");
        }
        return verdict;
    }

    /** Rules "slot active", "assigned supervisor", "edit window"; a manual decision also settles a pending review. */
    @CommandHandler
    void handle(UpdateAttendance c) {
        requireActive();
        SlotRoster.Attendance record = roster.attendanceById(c.attendanceId());
        AttendanceRules.requireManualStatus(c.status());
        requireAssigned(c.by(), c.operator());
        EditWindow.of(startsAt, zone).requireOpen(c.at(), c.operator());
        apply(new AttendanceMarked(record.attendanceId(), slotId, record.studentId(), record.status(), c.status(),
                AttendanceMethod.MANUAL, c.remark(), c.by(), c.at()));
        if (record.needsReview()) {
            apply(new AttendanceReviewChanged(record.attendanceId(), slotId, record.studentId(), false, "manual decision", c.at()));
        }
    }

    private void change(SlotRoster.Attendance record, AttendanceRules.Outcome outcome, AttendanceMethod method,
                        String by, Instant at, String reason) {
        if (outcome.status() != null && outcome.status() != record.status()) {
            apply(new AttendanceMarked(record.attendanceId(), slotId, record.studentId(), record.status(),
                    outcome.status(), method, null, by, at));
        }
        if (outcome.needsReview() != null && outcome.needsReview() != record.needsReview()) {
            apply(new AttendanceReviewChanged(record.attendanceId(), slotId, record.studentId(), outcome.needsReview(),
                    reason, at));
        }
    }

    /** Rule "one attendance record per (student, slot)". */
    private void openAttendance(String studentId, Instant at) {
        if (!roster.hasAttendance(studentId)) {
            apply(new AttendanceOpened(SittingIds.attendance(slotId, studentId), slotId, studentId, at));
        }
    }

    private boolean onRoster(String studentId) {
        return roster.onRoster(studentId, category.takesParticipants());
    }

    private static void requireOrder(Instant startsAt, Instant endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new DomainRejection(ErrorCode.INVALID_SLOT_TIME, "A slot must end after it starts.");
        }
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
    }
}
