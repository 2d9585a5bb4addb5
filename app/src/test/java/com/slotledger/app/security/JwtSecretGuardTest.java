package com.slotledger.app.security;

import com.slotledger.app.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwtSecretGuardTest {

    private static ApplicationContext start(String environment, String secret) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("slotledger.sync.key", "a-real-production-sync-key-of-sufficient-length");
        if (secret != null) {
            properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", secret);
        }
        return ApplicationContext.builder().deduceEnvironment(false).environments(environment).properties(properties).start();
    }

    @Test
    void productionRefusesTheDefaultSecret() {
        Exception refused = assertThrows(Exception.class, () -> start("prod", null).close());
        assertTrue(rootMessage(refused).contains("SLOTLEDGER_JWT_SECRET"), rootMessage(refused));
    }

    @Test
    void productionRefusesAShortSecret() {
        Exception refused = assertThrows(Exception.class, () -> start("prod", "too-short").close());
        assertTrue(rootMessage(refused).contains("at least 32"), rootMessage(refused));
    }

    @Test
    void productionStartsWithItsOwnSecret() {
        start("prod", "a-real-production-secret-of-sufficient-length-0123456789").close();
    }

    private static String rootMessage(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append(" | ");
        }
        return messages.toString();
    }
}
