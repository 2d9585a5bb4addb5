package com.slotledger.query.entitlement;

import com.slotledger.api.entitlement.SlotStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Candidates counted and listed by NO_SLOT / AVAILABLE / CONSUMED, for the HTTP report and the operator CLI. */
@Introspected
public record SlotStatusReport(@Nullable String trade, int total, Map<SlotStatus, Long> counts,
                               Map<SlotStatus, List<CandidateView>> candidates) {

    public static SlotStatusReport of(String trade, List<CandidateView> views) {
        Map<SlotStatus, Long> counts = new EnumMap<>(SlotStatus.class);
        Map<SlotStatus, List<CandidateView>> lists = new EnumMap<>(SlotStatus.class);
        for (SlotStatus status : SlotStatus.values()) {
            List<CandidateView> matching = views.stream().filter(view -> view.slotStatus() == status).toList();
            counts.put(status, (long) matching.size());
            lists.put(status, matching);
        }
        return new SlotStatusReport(trade, views.size(), counts, lists);
    }
}
