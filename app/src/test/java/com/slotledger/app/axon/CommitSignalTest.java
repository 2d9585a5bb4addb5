package com.slotledger.app.axon;

import org.axonframework.common.Registration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Projections are woken once this node's events are committed: not before, not for a rollback. */
class CommitSignalTest {

    private final CommitSignal signal = new CommitSignal();
    private final AtomicInteger woken = new AtomicInteger();

    @Test
    void listenersRunAfterTheUnitOfWorkCommitsNotWhenTheEventsArePublished() {
        signal.onCommit(woken::incrementAndGet);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        signal.accept(List.of(GenericEventMessage.asEventMessage("event")));
        assertEquals(0, woken.get(), "published, not yet committed");
        unitOfWork.commit();
        assertEquals(1, woken.get());
    }

    @Test
    void aRolledBackUnitOfWorkWakesNobody() {
        signal.onCommit(woken::incrementAndGet);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        signal.accept(List.of(GenericEventMessage.asEventMessage("event")));
        unitOfWork.rollback();
        assertEquals(0, woken.get());
    }

    @Test
    void outsideAUnitOfWorkListenersRunAtOnceAndACancelledOneNoMore() {
        Registration first = signal.onCommit(woken::incrementAndGet);
        signal.onCommit(() -> {
            throw new IllegalStateException("a listener that fails");
        });
        signal.accept(List.of(GenericEventMessage.asEventMessage("event")));
        assertEquals(1, woken.get(), "a failing listener neither stops the others nor the caller");
        first.cancel();
        signal.accept(List.of(GenericEventMessage.asEventMessage("event")));
        assertEquals(1, woken.get());
    }
}
