package com.slotledger.command.centre;

import com.slotledger.api.centre.CentreCommands.AdvanceExam;
import com.slotledger.api.centre.CentreCommands.CreateExam;
import com.slotledger.api.centre.CentreCommands.DeleteExam;
import com.slotledger.api.centre.CentreCommands.RescheduleExam;
import com.slotledger.api.centre.CentreEvents.ExamCompleted;
import com.slotledger.api.centre.CentreEvents.ExamCreated;
import com.slotledger.api.centre.CentreEvents.ExamDeleted;
import com.slotledger.api.centre.CentreEvents.ExamRescheduled;
import com.slotledger.api.centre.CentreEvents.ExamScheduled;
import com.slotledger.api.centre.CentreEvents.ExamStarted;
import com.slotledger.api.centre.ExamStatus;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import com.slotledger.command.shared.HomeCentreRule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An exam at its centre, moving DRAFT → SCHEDULED → IN_PROGRESS → COMPLETED; deleting it is a fact, not a lost row. */
@Revision("1")
public class Exam {

    @AggregateIdentifier
    private String examId;
    private String homeCentre;
    private ExamStatus status;
    private boolean deleted;

    protected Exam() {
    }

    Exam(CreateExam command) {
        apply(new ExamCreated(command.examId(), command.atCentre(), command.title(), command.subjects(),
                command.startsAt(), command.zone(), command.durationMinutes(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(AdvanceExam command) {
        HomeCentreRule.require(homeCentre, command.atCentre(), "exam");
        requireNotDeleted();
        requireNextStep(command.to());
        switch (command.to()) {
            case SCHEDULED -> apply(new ExamScheduled(examId, command.by(), command.at()));
            case IN_PROGRESS -> apply(new ExamStarted(examId, command.by(), command.at()));
            case COMPLETED -> apply(new ExamCompleted(examId, command.by(), command.at()));
            case DRAFT -> throw new IllegalStateException("unreachable: DRAFT is never a next step");
        }
    }

    @CommandHandler
    void handle(RescheduleExam command) {
        HomeCentreRule.require(homeCentre, command.atCentre(), "exam");
        requireNotDeleted();
        requireNotYetHeld();
        apply(new ExamRescheduled(examId, command.startsAt(), command.zone(), command.durationMinutes(), command.by(),
                command.at()));
    }

    @CommandHandler
    void handle(DeleteExam command) {
        HomeCentreRule.require(homeCentre, command.atCentre(), "exam");
        requireNotDeleted();
        requireNotRunning();
        apply(new ExamDeleted(examId, command.by(), command.at()));
    }

    /** Rule "one step at a time": no skipping, no going back. */
    private void requireNextStep(ExamStatus to) {
        if (status.next() != to) {
            throw new DomainRejection(ErrorCode.EXAM_TRANSITION_REFUSED,
                    "An exam in " + status + " cannot move to " + to + "; next is " + status.next() + ".");
        }
    }

    /** Rule "only an exam not yet held moves": once started, its time is history. */
    private void requireNotYetHeld() {
        if (status == ExamStatus.IN_PROGRESS || status == ExamStatus.COMPLETED) {
            throw new DomainRejection(ErrorCode.EXAM_TRANSITION_REFUSED, "An exam " + status + " cannot be rescheduled.");
        }
    }

    /** Rule "a running exam stays": it is completed, not deleted. */
    private void requireNotRunning() {
        if (status == ExamStatus.IN_PROGRESS) {
            throw new DomainRejection(ErrorCode.EXAM_TRANSITION_REFUSED, "An exam in progress cannot be deleted.");
        }
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new DomainRejection(ErrorCode.EXAM_DELETED, "The exam was deleted.");
        }
    }

    @EventSourcingHandler
    void on(ExamCreated event) {
        examId = event.examId();
        homeCentre = event.centreId();
        status = ExamStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ExamScheduled event) {
        status = ExamStatus.SCHEDULED;
    }

    @EventSourcingHandler
    void on(ExamStarted event) {
        status = ExamStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(ExamCompleted event) {
        status = ExamStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(ExamDeleted event) {
        deleted = true;
    }
}
