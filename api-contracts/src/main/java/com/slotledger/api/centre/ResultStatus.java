package com.slotledger.api.centre;

/** A result under evaluation: marks may change until it is finalized; only a finalized result is published. */
public enum ResultStatus {
    EVALUATING, MODERATED, FINALIZED, PUBLISHED
}
