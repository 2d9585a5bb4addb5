package com.slotledger.app.axon;

import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Tells the projections' coordinators that this node has committed events, once the commit is done.
 * <p>
 * Why: Axon's coordinator, finding nothing new in the store, looks again only after a delay (half a second) unless
 * its stream can call it back, and the JDBC store's streams cannot. So a read with {@code minPosition} right after
 * a command often waited that long on an idle node. Subscribed to the event bus, this hears of every publication in
 * the unit of work's prepare phase and calls the listeners after that unit of work commits. Events committed
 * elsewhere (another node, a bundle import) are still found by the coordinator's own timed look.
 */
final class CommitSignal implements Consumer<List<? extends EventMessage<?>>> {

    private static final Logger LOG = LoggerFactory.getLogger(CommitSignal.class);

    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();

    /** The listener runs on the committing thread, so it must only hand over (schedule), never work. */
    Registration onCommit(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void accept(List<? extends EventMessage<?>> events) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> signal());
        } else {
            signal();
        }
    }

    private void signal() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // a committed command must not fail for a projection that could not be woken
                LOG.warn("a projection could not be told of new events", e);
            }
        }
    }
}
