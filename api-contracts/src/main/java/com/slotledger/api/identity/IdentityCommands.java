package com.slotledger.api.identity;

import com.slotledger.api.shared.Role;
import com.slotledger.api.shared.TargetedCommand;

import java.time.Instant;
import java.util.Set;

/**
 * Commands on user accounts. Password hashes never travel in messages: the command side keeps them in its
 * credentials table, written in the same transaction as the event.
 */
public final class IdentityCommands {

    private IdentityCommands() {
    }

    public record RegisterUser(String userId, String username, String passwordHash, Set<Role> roles,
                               String centreId, String companyId, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return userId;
        }

        @Override
        public String toString() {
            return "RegisterUser[userId=" + userId + ", username=" + username + ", roles=" + roles + "]";
        }
    }

    public record GrantRole(String userId, Role role, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return userId;
        }
    }

    public record RevokeRole(String userId, Role role, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return userId;
        }
    }

    public record DisableUser(String userId, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return userId;
        }
    }

    public record ChangePassword(String userId, String passwordHash, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return userId;
        }

        @Override
        public String toString() {
            return "ChangePassword[userId=" + userId + "]";
        }
    }
}
