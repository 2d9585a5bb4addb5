package com.slotledger.app.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;

/** Two nodes appending to one aggregate: the loser reloads and decides again. Anything else is not retried. */
final class ConflictRetryScheduler implements RetryScheduler {

    private final RetryScheduler delegate;

    ConflictRetryScheduler(RetryScheduler delegate) {
        this.delegate = delegate;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean scheduleRetry(CommandMessage command, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        return isConflict(lastFailure) && delegate.scheduleRetry(command, lastFailure, failures, dispatchTask);
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
