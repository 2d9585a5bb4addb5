package com.slotledger.app.recognition;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.TargetedCommand;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.recognition.service.CommandPort;
import jakarta.inject.Singleton;

/** The recognition module's commands go out through the same dispatcher as every HTTP command. */
@Singleton
class DispatcherCommandPort implements CommandPort {

    private final CommandDispatcher dispatcher;

    DispatcherCommandPort(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public long send(TargetedCommand command, Actor actor) {
        return dispatcher.send(command, actor).position();
    }

    @Override
    public <R> R sendForResult(TargetedCommand command, Actor actor) {
        return dispatcher.sendForResult(command, actor);
    }
}
