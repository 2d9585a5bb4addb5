package com.slotledger.app.audit;

import com.slotledger.api.entitlement.EntitlementEvents.CandidateRegistered;
import com.slotledger.api.entitlement.EntitlementEvents.SlotAssigned;
import com.slotledger.query.shared.Projection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A projection that cannot handle candidates of the trade "poison", as a bug in a real projection would. Only the
 * context of {@link DeadLetterTest} has it.
 */
@Singleton
@Requires(property = DeadLetterTest.ENABLED, value = "true")
class PoisonedProjection implements Projection {

    static final String NAME = "poisoned";
    static final String POISON = "poison";

    final Set<String> registered = ConcurrentHashMap.newKeySet();
    final Set<String> assigned = ConcurrentHashMap.newKeySet();

    @Override
    public String projectionName() {
        return NAME;
    }

    @EventHandler
    void on(CandidateRegistered event) {
        if (POISON.equals(event.trade())) {
            throw new IllegalStateException("cannot project candidate " + event.candidateId());
        }
        registered.add(event.candidateId());
    }

    @EventHandler
    void on(SlotAssigned event) {
        assigned.add(event.candidateId());
    }

    @ResetHandler
    void reset() {
        registered.clear();
        assigned.clear();
    }
}
