package com.slotledger.command.centre;

import com.slotledger.api.centre.CentreCommands.AttachQuestionDocument;
import com.slotledger.api.centre.CentreCommands.CreateQuestion;
import com.slotledger.api.centre.CentreCommands.DeleteQuestion;
import com.slotledger.api.centre.CentreEvents.QuestionCreated;
import com.slotledger.api.centre.CentreEvents.QuestionDeleted;
import com.slotledger.api.centre.CentreEvents.QuestionDocumentAttached;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import com.slotledger.command.shared.HomeCentreRule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A question of the bank, with an optional attached document kept by its hash. */
@Revision("1")
public class Question {

    @AggregateIdentifier
    private String questionId;
    private String homeCentre;
    private boolean deleted;

    protected Question() {
    }

    Question(CreateQuestion command) {
        apply(new QuestionCreated(command.questionId(), command.atCentre(), command.subject(), command.type(),
                command.text(), command.options(), command.answerKey(), command.marks(), command.difficulty(),
                command.by(), command.at()));
    }

    @CommandHandler
    void handle(AttachQuestionDocument command) {
        HomeCentreRule.require(homeCentre, command.atCentre(), "question");
        requireNotDeleted();
        apply(new QuestionDocumentAttached(questionId, command.fileHash(), command.mediaType(), command.by(),
                command.at()));
    }

    @CommandHandler
    void handle(DeleteQuestion command) {
        HomeCentreRule.require(homeCentre, command.atCentre(), "question");
        requireNotDeleted();
        apply(new QuestionDeleted(questionId, command.by(), command.at()));
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new DomainRejection(ErrorCode.QUESTION_DELETED, "The question was deleted.");
        }
    }

    @EventSourcingHandler
    void on(QuestionCreated event) {
        questionId = event.questionId();
        homeCentre = event.centreId();
    }

    @EventSourcingHandler
    void on(QuestionDeleted event) {
        deleted = true;
    }
}
