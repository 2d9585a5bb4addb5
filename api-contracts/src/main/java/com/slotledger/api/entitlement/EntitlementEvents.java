package com.slotledger.api.entitlement;

import com.slotledger.api.shared.Revision;

import java.time.Instant;

/** Published facts of the entitlement feature. Shapes change only through a new revision and an upcaster. */
public final class EntitlementEvents {

    private EntitlementEvents() {
    }

    @Revision("1")
    public record CandidateRegistered(String candidateId, String name, String rollNumber, String trade,
                                      String centreId, String userId, String registeredBy, Instant registeredAt) {
    }

    @Revision("1")
    public record SlotAssigned(String candidateId, String assignedBy, Instant assignedAt) {
    }

    @Revision("1")
    public record SlotConsumed(String candidateId, String consumedBy, Instant consumedAt) {
    }

    @Revision("1")
    public record SlotReset(String candidateId, String resetBy, Instant resetAt) {
    }
}
