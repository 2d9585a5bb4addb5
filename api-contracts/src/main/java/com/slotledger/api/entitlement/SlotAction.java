package com.slotledger.api.entitlement;

/** The admin actions on a candidate's slot, one by one or in bulk. */
public enum SlotAction {
    ASSIGN, RESET, REASSIGN
}
