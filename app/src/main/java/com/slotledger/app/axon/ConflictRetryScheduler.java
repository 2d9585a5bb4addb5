package com.slotledger.app.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Retries what a second attempt can win: two writers appending to one aggregate (the loser reloads and decides
 * again), and transactions PostgreSQL gave up on for a reason of the moment (a deadlock between two commands, a
 * serialization failure). Anything else, a domain rejection above all, is final.
 */
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

    private static final Set<String> TRANSIENT_STATES = Set.of("40P01", "40001");

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException
                    || cause instanceof SQLException sql && TRANSIENT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
