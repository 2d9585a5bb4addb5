package com.slotledger.bench;

import io.micronaut.context.ApplicationContext;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The real application without its HTTP server, on the benchmark's database. A random JWT secret and sync key,
 * because the app refuses their well-known defaults outside dev, and the benchmarks issue no tokens or bundles.
 */
final class BenchApplication {

    private BenchApplication() {
    }

    static ApplicationContext start(String jdbcUrl, String user, String password) {
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        String jwtSecret = Base64.getEncoder().encodeToString(secret);
        return ApplicationContext.builder().properties(Map.of(
                "slotledger.database.url", jdbcUrl,
                "slotledger.database.user", user,
                "slotledger.database.password", password,
                "micronaut.security.token.jwt.signatures.secret.generator.secret", jwtSecret,
                "micronaut.security.token.jwt.generator.refresh-token.secret", jwtSecret,
                "slotledger.sync.key", jwtSecret)).start();
    }
}
