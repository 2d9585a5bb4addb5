package com.slotledger.query.shared;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits, bounded, until a projection has handled a client's last write (its command receipt's position), so
 * clients never sleep. Past the bound the answer is 503 PROJECTION_BEHIND, never stale data.
 */
@Singleton
public class ReadYourWrites {

    private static final long FIRST_POLL_NANOS = Duration.ofMillis(1).toNanos();
    private static final long LAST_POLL_NANOS = Duration.ofMillis(50).toNanos();

    private final Projections projections;
    private final Duration bound;

    public ReadYourWrites(Projections projections,
                          @Value("${slotledger.read-your-writes.timeout:10s}") Duration bound) {
        this.projections = projections;
        this.bound = bound;
    }

    public void await(String projection, Long minPosition) {
        if (minPosition == null || minPosition <= 0) {
            return;
        }
        long deadline = System.nanoTime() + bound.toNanos();
        long pause = FIRST_POLL_NANOS;
        while (!projections.reached(projection, minPosition)) {
            if (System.nanoTime() > deadline) {
                throw new DomainRejection(ErrorCode.PROJECTION_BEHIND, "Projection " + projection
                        + " has not reached position " + minPosition + " within " + bound.toMillis() + " ms; retry.");
            }
            LockSupport.parkNanos(pause);
            // most writes are projected within milliseconds; a projection far behind is not asked a hundred times
            pause = Math.min(pause * 2, LAST_POLL_NANOS);
        }
    }
}
