package com.slotledger.command.shared;

import org.axonframework.modelling.command.Repository;

import java.util.List;
import java.util.function.Function;

/**
 * What one feature brings to the command bus: its event-sourced aggregates and the handlers that work beside them
 * (registrations that claim lookup rows before creating an aggregate, for instance). Each feature declares one as a
 * bean; the app wires every module into Axon, so adding a feature never edits the wiring.
 */
public interface CommandModule {

    /** Aggregate classes; each gets the cache, snapshots and target resolution the app configures. */
    List<Class<?>> aggregates();

    /** Handlers outside the aggregates, each made once Axon's repositories exist. */
    default List<Function<Repositories, Object>> handlers() {
        return List.of();
    }

    /** The repository of each configured aggregate. */
    interface Repositories {
        <A> Repository<A> of(Class<A> aggregate);
    }
}
