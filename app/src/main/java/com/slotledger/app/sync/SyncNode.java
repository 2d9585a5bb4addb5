package com.slotledger.app.sync;

import com.slotledger.command.shared.NodeCentre;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** This node's name in bundles and sync ledgers (SLOTLEDGER_NODE_ID), by default its centre's id. */
@Singleton
public class SyncNode {

    private final String id;

    public SyncNode(@Nullable @Value("${slotledger.node.id:}") String id, NodeCentre centre) {
        this.id = id == null || id.isBlank() ? centre.id() : id.strip();
    }

    public String id() {
        return id;
    }
}
