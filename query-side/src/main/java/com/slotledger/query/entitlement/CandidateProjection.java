package com.slotledger.query.entitlement;

import com.slotledger.api.entitlement.EntitlementEvents.CandidateRegistered;
import com.slotledger.api.entitlement.EntitlementEvents.SlotAssigned;
import com.slotledger.api.entitlement.EntitlementEvents.SlotConsumed;
import com.slotledger.api.entitlement.EntitlementEvents.SlotReset;
import com.slotledger.api.entitlement.SlotStatus;
import com.slotledger.query.shared.Projection;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/** Keeps candidate_view. Idempotent: every handler sets state, so a redelivered event changes nothing. */
@Singleton
public class CandidateProjection implements Projection {

    public static final String NAME = "entitlement";

    private final CandidateViewRepository views;

    public CandidateProjection(CandidateViewRepository views) {
        this.views = views;
    }

    @Override
    public String projectionName() {
        return NAME;
    }

    @EventHandler
    void on(CandidateRegistered event) {
        if (!views.existsById(event.candidateId())) {
            views.save(new CandidateView(event.candidateId(), event.name(), event.rollNumber(), event.trade(),
                    event.centreId(), event.userId(), SlotStatus.NO_SLOT, null, null, null, event.registeredAt()));
        }
    }

    @EventHandler
    void on(SlotAssigned event) {
        fold(event.candidateId(), event);
    }

    @EventHandler
    void on(SlotConsumed event) {
        fold(event.candidateId(), event);
    }

    @EventHandler
    void on(SlotReset event) {
        fold(event.candidateId(), event);
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }

    private void fold(String candidateId, Object event) {
        views.findById(candidateId).ifPresent(view -> views.update(view.with(view.slot().next(event))));
    }
}
