package com.slotledger.query.entitlement;

import com.slotledger.api.entitlement.EntitlementEvents.SlotAssigned;
import com.slotledger.api.entitlement.EntitlementEvents.SlotConsumed;
import com.slotledger.api.entitlement.EntitlementEvents.SlotReset;
import com.slotledger.api.entitlement.SlotStatus;

import java.time.Instant;

/**
 * The seed's slot fields as a pure fold over events: the projection and the audit's "as of" answer both use
 * it, so the two can never disagree.
 */
public record SlotState(SlotStatus status, Instant assignedAt, String assignedBy, Instant consumedAt) {

    public static final SlotState NONE = new SlotState(SlotStatus.NO_SLOT, null, null, null);

    public SlotState next(Object event) {
        if (event instanceof SlotAssigned assigned) {
            return new SlotState(SlotStatus.AVAILABLE, assigned.assignedAt(), assigned.assignedBy(), null);
        }
        if (event instanceof SlotConsumed consumed) {
            return new SlotState(SlotStatus.CONSUMED, assignedAt, assignedBy, consumed.consumedAt());
        }
        if (event instanceof SlotReset) {
            return NONE;
        }
        return this;
    }

    /**
     * True when the event leaves the assignment fields as they were: only consuming does. Every other event sets
     * the whole state to {@code NONE.next(event)}, which lets the projection write without reading first.
     */
    public static boolean keepsAssignment(Object event) {
        return event instanceof SlotConsumed;
    }
}
