package com.slotledger.app.sync;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;

import java.util.Set;

/** Refuses to start outside dev and test with the well-known default key that signs bundles and backups. */
@Context
class SyncKeyGuard {

    static final String DEFAULT_KEY = "slotledger-development-sync-key-do-not-use-in-production";
    private static final Set<String> RELAXED = Set.of("dev", "test");

    SyncKeyGuard(Environment environment, @Value("${slotledger.sync.key}") String key) {
        boolean relaxed = environment.getActiveNames().stream().anyMatch(RELAXED::contains);
        if (!relaxed && DEFAULT_KEY.equals(key)) {
            throw new ConfigurationException("SLOTLEDGER_SYNC_KEY is not set: refusing to sign bundles and backups with"
                    + " the default key outside the dev environment (give every centre the same 32+ random characters)");
        }
        if (key.length() < 32) {
            throw new ConfigurationException("SLOTLEDGER_SYNC_KEY must be at least 32 characters");
        }
    }
}
