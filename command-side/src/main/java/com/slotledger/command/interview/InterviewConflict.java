package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.ResolveConflict;
import com.slotledger.api.interview.InterviewEvents.ConflictDetected;
import com.slotledger.api.interview.InterviewEvents.ConflictResolved;
import com.slotledger.api.interview.InterviewTypes.ConflictResolution;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An advisory conflict (a slot outside its interviewer's availability), recorded and resolved by people. */
@Revision("1")
public class InterviewConflict {

    @AggregateIdentifier
    private String conflictId;
    private ConflictResolution resolution;

    private static final String UNAVAILABLE = ":unavailable";

    protected InterviewConflict() {
    }

    /** The id of a slot's INTERVIEWER_UNAVAILABLE conflict: derived, so a retried command cannot record it twice. */
    public static String unavailableId(String slotId) {
        return slotId + UNAVAILABLE;
    }

    /** The slot a conflict id names, if it is one of {@link #unavailableId}'s. */
    public static Optional<String> slotOf(String conflictId) {
        return conflictId.endsWith(UNAVAILABLE)
                ? Optional.of(conflictId.substring(0, conflictId.length() - UNAVAILABLE.length()))
                : Optional.empty();
    }

    InterviewConflict(ConflictDetected detected) {
        apply(detected);
    }

    @CommandHandler
    void handle(ResolveConflict command) {
        if (command.resolution() == ConflictResolution.PENDING) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "A resolution cannot be PENDING.");
        }
        if (resolution != ConflictResolution.PENDING) {
            throw new DomainRejection(ErrorCode.CONFLICT_ALREADY_RESOLVED, "The conflict was already " + resolution + ".");
        }
        apply(new ConflictResolved(conflictId, command.resolution(), command.notes(), command.by(), command.at()));
    }

    @EventSourcingHandler
    void on(ConflictDetected event) {
        conflictId = event.conflictId();
        resolution = ConflictResolution.PENDING;
    }

    @EventSourcingHandler
    void on(ConflictResolved event) {
        resolution = event.resolution();
    }
}
