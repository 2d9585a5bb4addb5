package com.slotledger.app.security;

import com.slotledger.command.identity.CredentialStore;
import com.slotledger.command.identity.CredentialStore.Credential;
import com.slotledger.command.identity.Passwords;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Username + password against the credentials table; runs on the blocking executor (BCrypt is slow by design). */
@Singleton
class CredentialsAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final CredentialStore credentials;
    private final Passwords passwords;
    private final String dummyHash;

    CredentialsAuthenticationProvider(CredentialStore credentials, Passwords passwords) {
        this.credentials = credentials;
        this.passwords = passwords;
        this.dummyHash = passwords.hash("not-a-password-anyone-has");
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> login) {
        Optional<Credential> found = credentials.byUsername(login.getIdentity());
        // an unknown user costs the same BCrypt time as a known one, so timing does not reveal usernames
        boolean matches = passwords.matches(login.getSecret(), found.map(Credential::passwordHash).orElse(dummyHash));
        if (found.isEmpty() || !matches) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (found.get().disabled()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        return TokenClaims.success(found.get());
    }
}
