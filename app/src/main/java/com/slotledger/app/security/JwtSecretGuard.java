package com.slotledger.app.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;

import java.util.Set;

/** Refuses to start outside dev and test with the well-known default signing secret. */
@Context
class JwtSecretGuard {

    static final String DEFAULT_SECRET = "slotledger-development-secret-do-not-use-in-production-0123456789";
    private static final Set<String> RELAXED = Set.of("dev", "test");

    JwtSecretGuard(Environment environment,
                   @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
        boolean relaxed = environment.getActiveNames().stream().anyMatch(RELAXED::contains);
        if (!relaxed && DEFAULT_SECRET.equals(secret)) {
            throw new ConfigurationException("SLOTLEDGER_JWT_SECRET is not set: refusing to sign tokens with the default"
                    + " secret outside the dev environment (set it to 32+ random characters, or run with -Dmicronaut.environments=dev)");
        }
        if (secret.length() < 32) {
            throw new ConfigurationException("SLOTLEDGER_JWT_SECRET must be at least 32 characters (256 bits)");
        }
    }
}
