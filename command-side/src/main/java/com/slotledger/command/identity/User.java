package com.slotledger.command.identity;

import com.slotledger.api.identity.IdentityCommands.ChangePassword;
import com.slotledger.api.identity.IdentityCommands.DisableUser;
import com.slotledger.api.identity.IdentityCommands.GrantRole;
import com.slotledger.api.identity.IdentityCommands.RegisterUser;
import com.slotledger.api.identity.IdentityCommands.RevokeRole;
import com.slotledger.api.identity.IdentityEvents.PasswordChanged;
import com.slotledger.api.identity.IdentityEvents.RoleGranted;
import com.slotledger.api.identity.IdentityEvents.RoleRevoked;
import com.slotledger.api.identity.IdentityEvents.UserDisabled;
import com.slotledger.api.identity.IdentityEvents.UserRegistered;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import com.slotledger.api.shared.Role;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.EnumSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A user account. Decisions only; the credentials table beside it is kept by {@link UserAccounts}. */
@Revision("1")
public class User {

    @AggregateIdentifier
    private String userId;
    private Set<Role> roles;
    private boolean disabled;

    protected User() {
    }

    User(RegisterUser command) {
        apply(new UserRegistered(command.userId(), command.username(), command.roles(), command.centreId(),
                command.companyId(), command.by(), command.at()));
    }

    Set<Role> grant(GrantRole command) {
        requireEnabled();
        if (roles.contains(command.role())) {
            throw new DomainRejection(ErrorCode.ROLE_ALREADY_GRANTED, "The user already has role " + command.role() + ".");
        }
        apply(new RoleGranted(userId, command.role(), command.by(), command.at()));
        return Set.copyOf(roles);
    }

    Set<Role> revoke(RevokeRole command) {
        requireEnabled();
        if (!roles.contains(command.role())) {
            throw new DomainRejection(ErrorCode.ROLE_NOT_GRANTED, "The user does not have role " + command.role() + ".");
        }
        apply(new RoleRevoked(userId, command.role(), command.by(), command.at()));
        return Set.copyOf(roles);
    }

    void disable(DisableUser command) {
        requireEnabled();
        apply(new UserDisabled(userId, command.by(), command.at()));
    }

    void changePassword(ChangePassword command) {
        requireEnabled();
        apply(new PasswordChanged(userId, command.by(), command.at()));
    }

    private void requireEnabled() {
        if (disabled) {
            throw new DomainRejection(ErrorCode.USER_DISABLED, "The user account is disabled.");
        }
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
        roles = event.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(event.roles());
    }

    @EventSourcingHandler
    void on(RoleGranted event) {
        roles.add(event.role());
    }

    @EventSourcingHandler
    void on(RoleRevoked event) {
        roles.remove(event.role());
    }

    @EventSourcingHandler
    void on(UserDisabled event) {
        disabled = true;
    }
}
