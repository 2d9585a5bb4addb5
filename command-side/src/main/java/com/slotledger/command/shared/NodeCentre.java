package com.slotledger.command.shared;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The centre this node runs at (SLOTLEDGER_CENTRE_ID). Aggregates created here have it as their home centre, and
 * only a node of that centre may change them; HQ is a centre like any other.
 */
@Singleton
public class NodeCentre {

    private final String id;

    public NodeCentre(@Value("${slotledger.centre.id:HQ}") String id) {
        this.id = id.strip();
    }

    public String id() {
        return id;
    }
}
