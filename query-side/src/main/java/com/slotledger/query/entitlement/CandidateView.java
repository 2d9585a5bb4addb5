package com.slotledger.query.entitlement;

import com.slotledger.api.entitlement.SlotStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One row per candidate with the seed's slot fields: has_exam_slot, slot_assigned_at / _by, slot_consumed_at. */
@MappedEntity("candidate_view")
public record CandidateView(@Id String candidateId, String name, String rollNumber, String trade,
                            @Nullable String centreId, @Nullable String userId, SlotStatus slotStatus,
                            @Nullable Instant slotAssignedAt, @Nullable String slotAssignedBy,
                            @Nullable Instant slotConsumedAt, Instant registeredAt) {

    SlotState slot() {
        return new SlotState(slotStatus, slotAssignedAt, slotAssignedBy, slotConsumedAt);
    }

    CandidateView with(SlotState slot) {
        return new CandidateView(candidateId, name, rollNumber, trade, centreId, userId, slot.status(),
                slot.assignedAt(), slot.assignedBy(), slot.consumedAt(), registeredAt);
    }

    public boolean hasExamSlot() {
        return slotStatus == SlotStatus.AVAILABLE;
    }
}
