package com.slotledger.command.entitlement;

import com.slotledger.command.shared.CommandModule;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.function.Function;

/** The entitlement feature on the command bus: the candidate aggregate and its registration. */
@Singleton
class EntitlementCommandModule implements CommandModule {

    private final CandidateRegistry registry;

    EntitlementCommandModule(CandidateRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Candidate.class);
    }

    @Override
    public List<Function<Repositories, Object>> handlers() {
        return List.of(repositories -> new CandidateRegistration(repositories.of(Candidate.class), registry));
    }
}
