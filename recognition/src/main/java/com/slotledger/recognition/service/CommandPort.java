package com.slotledger.recognition.service;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.TargetedCommand;

/**
 * How the recognition module changes anything: it sends commands, and the app delivers them on the command bus.
 * The module never loads an aggregate or reads another feature's tables.
 */
public interface CommandPort {

    /** Sends and waits; answers the global position of the target's last event, for read-your-writes. */
    long send(TargetedCommand command, Actor actor);

    /** Sends and waits; answers what the command handler returned. */
    <R> R sendForResult(TargetedCommand command, Actor actor);
}
