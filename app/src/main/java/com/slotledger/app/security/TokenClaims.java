package com.slotledger.app.security;

import com.slotledger.command.identity.CredentialStore.Credential;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a token says about its user: the id as subject, roles, username and scopes as claims. */
final class TokenClaims {

    private TokenClaims() {
    }

    static AuthenticationResponse success(Credential credential) {
        return AuthenticationResponse.success(credential.userId(), roles(credential), attributes(credential));
    }

    static Authentication authentication(Credential credential) {
        return Authentication.build(credential.userId(), roles(credential), attributes(credential));
    }

    private static List<String> roles(Credential credential) {
        return credential.roles().stream().map(Enum::name).sorted().toList();
    }

    private static Map<String, Object> attributes(Credential credential) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("username", credential.username());
        if (credential.centreId() != null) {
            attributes.put("centreId", credential.centreId());
        }
        if (credential.companyId() != null) {
            attributes.put("companyId", credential.companyId());
        }
        return attributes;
    }
}
