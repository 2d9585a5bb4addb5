package com.slotledger.api.entitlement;

/** The seed's slot_status: No Slot / Available / Consumed. */
public enum SlotStatus {
    NO_SLOT, AVAILABLE, CONSUMED
}
