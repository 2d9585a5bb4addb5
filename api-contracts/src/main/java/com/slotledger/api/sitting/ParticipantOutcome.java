package com.slotledger.api.sitting;

public enum ParticipantOutcome {
    ADDED, REENROLLED, UNCHANGED
}
