package com.slotledger.command.identity;

import com.slotledger.api.identity.IdentityCommands.ChangePassword;
import com.slotledger.api.identity.IdentityCommands.DisableUser;
import com.slotledger.api.identity.IdentityCommands.GrantRole;
import com.slotledger.api.identity.IdentityCommands.RegisterUser;
import com.slotledger.api.identity.IdentityCommands.RevokeRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

import com.slotledger.api.shared.Role;

import java.util.Set;

/**
 * Handles identity commands: the aggregate decides, then the credentials table follows in the same transaction,
 * so login never sees a state the events do not hold.
 */
public class UserAccounts {

    private final Repository<User> users;
    private final CredentialStore credentials;
    private final CompanyScopes companies;

    public UserAccounts(Repository<User> users, CredentialStore credentials, CompanyScopes companies) {
        this.users = users;
        this.credentials = credentials;
        this.companies = companies;
    }

    @CommandHandler
    public String handle(RegisterUser command) throws Exception {
        if (command.companyId() != null) {
            companies.requireActiveCompany(command.companyId());
        }
        credentials.claim(command);
        users.newInstance(() -> new User(command));
        return command.userId();
    }

    @CommandHandler
    public void handle(GrantRole command) {
        Set<Role> roles = users.load(command.userId()).invoke(user -> user.grant(command));
        credentials.updateRoles(command.userId(), roles);
    }

    @CommandHandler
    public void handle(RevokeRole command) {
        Set<Role> roles = users.load(command.userId()).invoke(user -> user.revoke(command));
        credentials.updateRoles(command.userId(), roles);
    }

    @CommandHandler
    public void handle(DisableUser command) {
        users.load(command.userId()).execute(user -> user.disable(command));
        credentials.disable(command.userId());
    }

    @CommandHandler
    public void handle(ChangePassword command) {
        users.load(command.userId()).execute(user -> user.changePassword(command));
        credentials.changePassword(command.userId(), command.passwordHash());
    }
}
