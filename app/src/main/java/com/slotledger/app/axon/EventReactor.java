package com.slotledger.app.axon;

/**
 * An event handler that acts on the world (starts a camera run, say) instead of keeping a read model. Each runs in
 * its own pooled streaming processor with one segment, so exactly one node reacts to an event; a new reactor
 * starts at the head of the store, and reactors are never replayed.
 */
public interface EventReactor {
    String reactorName();
}
