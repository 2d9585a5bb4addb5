package com.slotledger.api.shared;

/** A command addressed to one aggregate instance: the command bus routes it by this id. */
public interface TargetedCommand {
    String targetId();
}
