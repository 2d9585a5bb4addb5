package com.slotledger.app.support;

import com.slotledger.query.shared.ProjectionStatus;
import com.slotledger.query.shared.Projections;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waiting, bounded, for a projection to be done: not replaying, and every segment's token at the store's head. */
public final class ProjectionWait {

    private ProjectionWait() {
    }

    /**
     * Returns the projection's status once it is done, and fails if it is not within {@code bound}. An idle segment
     * stores its token only when it extends its claim, so this can take a second or two after the last event.
     */
    public static ProjectionStatus atHead(Projections projections, String name, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        ProjectionStatus status = projections.find(name).orElseThrow();
        while ((status.replaying() || status.position() < status.head()) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(5_000_000);
            status = projections.find(name).orElseThrow();
        }
        assertFalse(status.replaying(), status.toString());
        assertTrue(status.position() >= status.head(), status.toString());
        return status;
    }
}
