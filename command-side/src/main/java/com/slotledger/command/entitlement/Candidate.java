package com.slotledger.command.entitlement;

import com.slotledger.api.entitlement.EntitlementCommands.AssignSlot;
import com.slotledger.api.entitlement.EntitlementCommands.ConsumeSlot;
import com.slotledger.api.entitlement.EntitlementCommands.PreviewSlotAction;
import com.slotledger.api.entitlement.EntitlementCommands.ReassignSlot;
import com.slotledger.api.entitlement.EntitlementCommands.RegisterCandidate;
import com.slotledger.api.entitlement.EntitlementCommands.ResetSlot;
import com.slotledger.api.entitlement.EntitlementEvents.CandidateRegistered;
import com.slotledger.api.entitlement.EntitlementEvents.SlotAssigned;
import com.slotledger.api.entitlement.EntitlementEvents.SlotConsumed;
import com.slotledger.api.entitlement.EntitlementEvents.SlotReset;
import com.slotledger.api.entitlement.SlotAction;
import com.slotledger.api.entitlement.SlotStatus;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A candidate and the right to sit the exam once. The seed: "Once a user logs into the exam interface, their
 * slot gets consumed and they cannot retake the exam until an admin reassigns a new slot."
 */
@Revision("1")
public class Candidate {

    @AggregateIdentifier
    private String candidateId;
    private SlotStatus slot;

    protected Candidate() {
    }

    Candidate(RegisterCandidate command) {
        apply(new CandidateRegistered(command.candidateId(), command.name(), command.rollNumber(), command.trade(),
                command.centreId(), command.userId(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(AssignSlot command) {
        decide(SlotAction.ASSIGN, command.by(), command.at()).forEach(event -> apply(event));
    }

    @CommandHandler
    void handle(ResetSlot command) {
        decide(SlotAction.RESET, command.by(), command.at()).forEach(event -> apply(event));
    }

    @CommandHandler
    void handle(ReassignSlot command) {
        decide(SlotAction.REASSIGN, command.by(), command.at()).forEach(event -> apply(event));
    }

    @CommandHandler
    void handle(ConsumeSlot command) {
        requireSlotToConsume();
        apply(new SlotConsumed(candidateId, command.by(), command.at()));
    }

    /** The outcome an action would have, as a status name, without changing anything. */
    @CommandHandler
    SlotStatus handle(PreviewSlotAction command) {
        List<Object> events = decide(command.action(), null, null);
        return events.get(events.size() - 1) instanceof SlotReset ? SlotStatus.NO_SLOT : SlotStatus.AVAILABLE;
    }

    private List<Object> decide(SlotAction action, String by, Instant at) {
        List<Object> events = new ArrayList<>(2);
        switch (action) {
            case ASSIGN -> {
                requireNoSlotToAssign();
                events.add(new SlotAssigned(candidateId, by, at));
            }
            case RESET -> {
                requireSlotToReset();
                events.add(new SlotReset(candidateId, by, at));
            }
            case REASSIGN -> {
                if (slot != SlotStatus.NO_SLOT) {
                    events.add(new SlotReset(candidateId, by, at));
                }
                events.add(new SlotAssigned(candidateId, by, at));
            }
        }
        return events;
    }

    /** Rule "assign only when there is no slot": a consumed slot needs a reassign, an available one nothing. */
    private void requireNoSlotToAssign() {
        if (slot == SlotStatus.AVAILABLE) {
            throw new DomainRejection(ErrorCode.SLOT_ALREADY_ASSIGNED, "The candidate already has an available slot.");
        }
        if (slot == SlotStatus.CONSUMED) {
            throw new DomainRejection(ErrorCode.SLOT_CONSUMED,
                    "Slot Consumed: the candidate used the slot; reassign to give a new one.");
        }
    }

    /** Rule "consume once": entering the exam needs an available slot. */
    private void requireSlotToConsume() {
        if (slot == SlotStatus.NO_SLOT) {
            throw new DomainRejection(ErrorCode.NO_SLOT, "No Slot: no exam slot is assigned to this candidate.");
        }
        if (slot == SlotStatus.CONSUMED) {
            throw new DomainRejection(ErrorCode.SLOT_CONSUMED,
                    "Slot Consumed: the exam slot was already used; an admin must reassign a new slot.");
        }
    }

    /** Rule "reset needs a slot": there is nothing to reset on a candidate without one. */
    private void requireSlotToReset() {
        if (slot == SlotStatus.NO_SLOT) {
            throw new DomainRejection(ErrorCode.NO_SLOT, "No Slot: there is no slot to reset.");
        }
    }

    @EventSourcingHandler
    void on(CandidateRegistered event) {
        candidateId = event.candidateId();
        slot = SlotStatus.NO_SLOT;
    }

    @EventSourcingHandler
    void on(SlotAssigned event) {
        slot = SlotStatus.AVAILABLE;
    }

    @EventSourcingHandler
    void on(SlotConsumed event) {
        slot = SlotStatus.CONSUMED;
    }

    @EventSourcingHandler
    void on(SlotReset event) {
        slot = SlotStatus.NO_SLOT;
    }
}
