package com.slotledger.command.entitlement;

import com.slotledger.api.entitlement.EntitlementCommands.AssignSlot;
import com.slotledger.api.entitlement.EntitlementCommands.PreviewSlotAction;
import com.slotledger.api.entitlement.EntitlementCommands.ReassignSlot;
import com.slotledger.api.entitlement.EntitlementCommands.ResetSlot;
import com.slotledger.api.entitlement.SlotAction;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.TargetedCommand;
import com.slotledger.command.shared.CommandDispatcher;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The seed's admin bulk actions and management command: one command per candidate, each its own transaction,
 * with an outcome per candidate. A dry run asks each aggregate for its decision and changes nothing.
 */
@Singleton
public class BulkSlotActions {

    private final CommandDispatcher dispatcher;
    private final CandidateRegistry registry;
    private final Clock clock;

    public BulkSlotActions(CommandDispatcher dispatcher, CandidateRegistry registry, Clock clock) {
        this.dispatcher = dispatcher;
        this.registry = registry;
        this.clock = clock;
    }

    public static SlotAction parse(String action) {
        try {
            return SlotAction.valueOf(action.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED,
                    "Unknown slot action '" + action + "': use assign, reset or reassign.");
        }
    }

    public BulkResult run(SlotAction action, String trade, boolean dryRun, Actor actor) {
        List<Outcome> outcomes = new ArrayList<>();
        long position = 0;
        int applied = 0;
        int refused = 0;
        for (String candidateId : registry.select(blankToNull(trade), actor.centreFilter())) {
            try {
                if (dryRun) {
                    dispatcher.sendForResult(new PreviewSlotAction(candidateId, action), actor);
                } else {
                    position = Math.max(position, dispatcher.send(command(action, candidateId, actor), actor).position());
                }
                applied++;
                outcomes.add(new Outcome(candidateId, dryRun ? "WOULD_APPLY" : "APPLIED", null, null));
            } catch (DomainRejection rejection) {
                refused++;
                outcomes.add(new Outcome(candidateId, "REFUSED", rejection.code().name(), rejection.detail()));
            }
        }
        return new BulkResult(action.name(), dryRun, outcomes.size(), applied, refused, position, outcomes);
    }

    TargetedCommand command(SlotAction action, String candidateId, Actor actor) {
        return switch (action) {
            case ASSIGN -> new AssignSlot(candidateId, actor.userId(), clock.instant());
            case RESET -> new ResetSlot(candidateId, actor.userId(), clock.instant());
            case REASSIGN -> new ReassignSlot(candidateId, actor.userId(), clock.instant());
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Introspected
    public record Outcome(String candidateId, String outcome, @Nullable String code, @Nullable String detail) {
    }

    @Introspected
    public record BulkResult(String action, boolean dryRun, int total, int applied, int refused, long position,
                             List<Outcome> outcomes) {
    }
}
