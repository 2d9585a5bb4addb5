package com.slotledger.app.axon;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictRetrySchedulerTest {

    @Test
    void aConcurrentAppendIsRetried() {
        assertTrue(ConflictRetryScheduler.isConflict(new ConcurrencyException("sequence taken")));
    }

    @Test
    void aDeadlockOrSerializationFailureDeepInTheCausesIsRetried() {
        assertTrue(ConflictRetryScheduler.isConflict(new IllegalStateException("update failed",
                new SQLException("deadlock detected", "40P01"))));
        assertTrue(ConflictRetryScheduler.isConflict(new RuntimeException(new RuntimeException(
                new SQLException("could not serialize access", "40001")))));
    }

    @Test
    void aDomainRejectionOrAnyOtherDatabaseErrorIsFinal() {
        assertFalse(ConflictRetryScheduler.isConflict(new DomainRejection(ErrorCode.SLOT_CONSUMED, "consumed")));
        assertFalse(ConflictRetryScheduler.isConflict(new IllegalStateException("update failed",
                new SQLException("duplicate key", "23505"))));
    }
}
