package com.slotledger.api.sitting;

/** INITIAL: the first pass; RESCAN: a later pass after the session was finalized. */
public enum SessionMode {
    INITIAL, RESCAN
}
