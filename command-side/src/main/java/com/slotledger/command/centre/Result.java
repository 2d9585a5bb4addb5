package com.slotledger.command.centre;

import com.slotledger.api.centre.CentreCommands.AssignEvaluator;
import com.slotledger.api.centre.CentreCommands.FinalizeResult;
import com.slotledger.api.centre.CentreCommands.ModerateResult;
import com.slotledger.api.centre.CentreCommands.PublishResult;
import com.slotledger.api.centre.CentreCommands.RecordMarks;
import com.slotledger.api.centre.CentreEvents.EvaluatorAssigned;
import com.slotledger.api.centre.CentreEvents.MarksRecorded;
import com.slotledger.api.centre.CentreEvents.ResultFinalized;
import com.slotledger.api.centre.CentreEvents.ResultModerated;
import com.slotledger.api.centre.CentreEvents.ResultPublished;
import com.slotledger.api.centre.ResultStatus;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import com.slotledger.command.shared.HomeCentreRule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A candidate's result for one exam, through evaluation: the assigned evaluator records marks per question, a
 * moderator adjusts, finalizing fixes total and grade, publishing makes it visible.
 */
@Revision("1")
public class Result {

    @AggregateIdentifier
    private String resultId;
    private String homeCentre;
    private String evaluatorId;
    private ResultStatus status;
    private final Map<String, Mark> marks = new HashMap<>();
    private int adjustment;

    protected Result() {
    }

    Result(AssignEvaluator command) {
        apply(new EvaluatorAssigned(command.resultId(), command.examId(), command.candidateId(), command.atCentre(),
                command.evaluatorId(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(RecordMarks command) {
        HomeCentreRule.require(homeCentre, command.atCentre(), "result");
        requireOpen();
        requireAssignedEvaluator(command);
        requireMarksInRange(command.awarded(), command.outOf());
        apply(new MarksRecorded(resultId, command.questionId(), command.awarded(), command.outOf(), command.by(),
                command.at()));
    }

    @CommandHandler
    void handle(ModerateResult command) {
        HomeCentreRule.require(homeCentre, command.atCentre(), "result");
        requireOpen();
        apply(new ResultModerated(resultId, command.adjustment(), command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(FinalizeResult command) {
        HomeCentreRule.require(homeCentre, command.atCentre(), "result");
        requireOpen();
        int outOf = marks.values().stream().mapToInt(Mark::outOf).sum();
        int total = Math.max(0, Math.min(outOf, marks.values().stream().mapToInt(Mark::awarded).sum() + adjustment));
        apply(new ResultFinalized(resultId, total, outOf, Grades.of(total, outOf), command.by(), command.at()));
    }

    @CommandHandler
    void handle(PublishResult command) {
        HomeCentreRule.require(homeCentre, command.atCentre(), "result");
        if (status != ResultStatus.FINALIZED) {
            throw new DomainRejection(ErrorCode.RESULT_NOT_FINALIZED, "Only a finalized, unpublished result is published.");
        }
        apply(new ResultPublished(resultId, command.by(), command.at()));
    }

    /** Rule "finalized marks are fixed": after finalizing, marks and moderation are refused. */
    private void requireOpen() {
        if (status == ResultStatus.FINALIZED || status == ResultStatus.PUBLISHED) {
            throw new DomainRejection(ErrorCode.RESULT_LOCKED, "The result is " + status + "; marks are fixed.");
        }
    }

    /** Rule "only the assigned evaluator marks" (supervisors and admins may correct). */
    private void requireAssignedEvaluator(RecordMarks command) {
        if (command.asEvaluator() && !evaluatorId.equals(command.by())) {
            throw new DomainRejection(ErrorCode.NOT_THE_EVALUATOR, "Another evaluator is assigned to this result.");
        }
    }

    /** Rule "marks within the question's range". */
    private static void requireMarksInRange(int awarded, int outOf) {
        if (outOf <= 0 || awarded < 0 || awarded > outOf) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED,
                    "Marks must be between 0 and a positive maximum; got " + awarded + " of " + outOf + ".");
        }
    }

    @EventSourcingHandler
    void on(EvaluatorAssigned event) {
        resultId = event.resultId();
        homeCentre = event.centreId();
        evaluatorId = event.evaluatorId();
        status = ResultStatus.EVALUATING;
    }

    @EventSourcingHandler
    void on(MarksRecorded event) {
        marks.put(event.questionId(), new Mark(event.awarded(), event.outOf()));
    }

    @EventSourcingHandler
    void on(ResultModerated event) {
        adjustment = event.adjustment();
        status = ResultStatus.MODERATED;
    }

    @EventSourcingHandler
    void on(ResultFinalized event) {
        status = ResultStatus.FINALIZED;
    }

    @EventSourcingHandler
    void on(ResultPublished event) {
        status = ResultStatus.PUBLISHED;
    }

    /** A question's marks as last recorded; re-marking replaces them. */
    record Mark(int awarded, int outOf) {
    }
}
