package com.slotledger.command.identity;

import com.slotledger.command.shared.CommandModule;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.function.Function;

/** The identity feature on the command bus: the user aggregate and the accounts handler beside it. */
@Singleton
class IdentityCommandModule implements CommandModule {

    private final CredentialStore credentials;
    private final CompanyScopes companies;

    IdentityCommandModule(CredentialStore credentials, CompanyScopes companies) {
        this.credentials = credentials;
        this.companies = companies;
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(User.class);
    }

    @Override
    public List<Function<Repositories, Object>> handlers() {
        return List.of(repositories -> new UserAccounts(repositories.of(User.class), credentials, companies));
    }
}
