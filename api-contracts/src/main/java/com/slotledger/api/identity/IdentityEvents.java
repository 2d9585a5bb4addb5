package com.slotledger.api.identity;

import com.slotledger.api.shared.Revision;
import com.slotledger.api.shared.Role;

import java.time.Instant;
import java.util.Set;

/** Published facts about user accounts. They carry no secret, not even a password hash. */
public final class IdentityEvents {

    private IdentityEvents() {
    }

    @Revision("1")
    public record UserRegistered(String userId, String username, Set<Role> roles, String centreId, String companyId,
                                 String registeredBy, Instant registeredAt) {
    }

    @Revision("1")
    public record RoleGranted(String userId, Role role, String grantedBy, Instant grantedAt) {
    }

    @Revision("1")
    public record RoleRevoked(String userId, Role role, String revokedBy, Instant revokedAt) {
    }

    @Revision("1")
    public record UserDisabled(String userId, String disabledBy, Instant disabledAt) {
    }

    @Revision("1")
    public record PasswordChanged(String userId, String changedBy, Instant changedAt) {
    }
}
