package com.slotledger.query.shared;

/**
 * An event-handling component that owns read-model tables. Each one runs in its own pooled streaming processor
 * of the same name, so it can be replayed on its own.
 */
public interface Projection {
    String projectionName();

    /**
     * Segments of its processor. One segment handles every event in global order: a projection whose commands append
     * to several aggregates at once (a course group and its session slots) then reads its writes back with a single
     * position, since that segment has passed every event of the transaction.
     */
    default int segments() {
        return 2;
    }
}
