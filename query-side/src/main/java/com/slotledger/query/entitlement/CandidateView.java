package com.slotledger.query.entitlement;

import com.slotledger.api.entitlement.SlotStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One row per candidate with the seed's slot fields: slot status (has_exam_slot is AVAILABLE), assigned at / by, consumed at. */
@MappedEntity("candidate_view")
public record CandidateView(@Id String candidateId, String name, String rollNumber, String trade,
                            @Nullable String centreId, @Nullable String userId, SlotStatus slotStatus,
                            @Nullable Instant slotAssignedAt, @Nullable String slotAssignedBy,
                            @Nullable Instant slotConsumedAt, Instant registeredAt) {
}
