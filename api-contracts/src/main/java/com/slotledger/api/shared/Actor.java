package com.slotledger.api.shared;

import java.util.Set;

/**
 * Who issues a command or a query, and on behalf of which request. Every event's metadata carries these
 * fields; query handlers use the scopes for data isolation.
 */
public record Actor(String userId, String username, Set<Role> roles, String centreId, String companyId,
                    String requestId, String correlationId) {

    public static final String SYSTEM_ID = "system";

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor system(String requestId) {
        return new Actor(SYSTEM_ID, SYSTEM_ID, Set.of(Role.ADMIN), null, null, requestId, requestId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when the actor is bound to one centre; ADMIN and AUDITOR see all centres. */
    public boolean centreScoped() {
        return centreId != null && !has(Role.ADMIN) && !has(Role.AUDITOR);
    }

    /** The centre a listing is limited to: the actor's own when centre-scoped, else none (all centres). */
    public String centreFilter() {
        return centreScoped() ? centreId : null;
    }

    public boolean mayAccessCentre(String centre) {
        return !centreScoped() || centreId.equals(centre);
    }
}
