package com.slotledger.command.shared;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.MetadataKeys;
import com.slotledger.api.shared.TargetedCommand;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** The one way the HTTP edge and operator tools send commands: with the actor's metadata, waiting for the result. */
@Singleton
public class CommandDispatcher {

    private final CommandGateway gateway;
    private final EventPositions positions;

    public CommandDispatcher(CommandGateway gateway, EventPositions positions) {
        this.gateway = gateway;
        this.positions = positions;
    }

    public CommandReceipt send(TargetedCommand command, Actor actor) {
        sendForResult(command, actor);
        return new CommandReceipt(command.targetId(), positions.lastOf(command.targetId()));
    }

    public <R> R sendForResult(TargetedCommand command, Actor actor) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData(actor)));
    }

    static MetaData metaData(Actor actor) {
        Map<String, Object> values = new HashMap<>();
        values.put(MetadataKeys.ACTOR_ID, actor.userId());
        values.put(MetadataKeys.ACTOR_ROLES, String.join(",", new TreeSet<>(actor.roles().stream().map(Enum::name).toList())));
        values.put(MetadataKeys.REQUEST_ID, actor.requestId());
        values.put(MetadataKeys.CORRELATION_ID, actor.correlationId());
        if (actor.centreId() != null) {
            values.put(MetadataKeys.CENTRE_ID, actor.centreId());
        }
        return MetaData.from(values);
    }
}
