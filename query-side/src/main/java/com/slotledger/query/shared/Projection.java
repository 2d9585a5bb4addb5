package com.slotledger.query.shared;

/**
 * An event-handling component that owns read-model tables. Each one runs in its own pooled streaming processor
 * of the same name, so it can be replayed on its own.
 */
public interface Projection {
    String projectionName();
}
