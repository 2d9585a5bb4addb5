package com.slotledger.command.identity;

import com.slotledger.api.identity.IdentityCommands.RegisterUser;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Role;
import com.slotledger.command.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Credentials and login-relevant state per user: the only place a password hash lives. The UNIQUE username
 * column decides duplicates, across threads and nodes.
 */
@Singleton
public class CredentialStore {

    private final Jdbc jdbc;

    public CredentialStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void claim(RegisterUser command) {
        jdbc.insertUnique("INSERT INTO user_credentials (user_id, username, password_hash, roles, centre_id, company_id, disabled)"
                        + " VALUES (?,?,?,?,?,?,false)", ErrorCode.USERNAME_TAKEN,
                "Username '" + command.username() + "' is already taken.",
                command.userId(), command.username(), command.passwordHash(), join(command.roles()),
                command.centreId(), command.companyId());
    }

    void updateRoles(String userId, Set<Role> roles) {
        jdbc.update("UPDATE user_credentials SET roles = ? WHERE user_id = ?", join(roles), userId);
    }

    void disable(String userId) {
        jdbc.update("UPDATE user_credentials SET disabled = true WHERE user_id = ?", userId);
    }

    void changePassword(String userId, String hash) {
        jdbc.update("UPDATE user_credentials SET password_hash = ? WHERE user_id = ?", hash, userId);
    }

    public Optional<Credential> byUsername(String username) {
        return find("username", username);
    }

    public Optional<Credential> byUserId(String userId) {
        return find("user_id", userId);
    }

    public boolean anyUser() {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM user_credentials LIMIT 1");
                 ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        });
    }

    private Optional<Credential> find(String column, String value) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT user_id, username, password_hash, roles, centre_id, company_id, disabled"
                            + " FROM user_credentials WHERE " + column + " = ?")) {
                statement.setString(1, value);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Credential(rows.getString(1), rows.getString(2), rows.getString(3),
                            split(rows.getString(4)), rows.getString(5), rows.getString(6), rows.getBoolean(7)));
                }
            }
        });
    }

    private static String join(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Role> split(String roles) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        if (roles != null && !roles.isBlank()) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(result::add);
        }
        return result;
    }

    public record Credential(String userId, String username, String passwordHash, Set<Role> roles, String centreId,
                             String companyId, boolean disabled) {
        @Override
        public String toString() {
            return "Credential[userId=" + userId + ", username=" + username + "]";
        }
    }
}
