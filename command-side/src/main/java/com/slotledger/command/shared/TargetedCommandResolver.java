package com.slotledger.command.shared;

import com.slotledger.api.shared.TargetedCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/** Routes commands by {@link TargetedCommand#targetId()}, so contracts need no Axon annotation. */
public final class TargetedCommandResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof TargetedCommand targeted) || targeted.targetId() == null) {
            throw new IllegalArgumentException(command.getCommandName() + " does not name its target aggregate");
        }
        return new VersionedAggregateIdentifier(targeted.targetId(), null);
    }
}
