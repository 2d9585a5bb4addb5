package com.slotledger.app.centre;

import com.slotledger.app.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncKeyGuardTest {

    @Test
    void productionRefusesTheDefaultSyncKey() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "a-real-production-secret-of-sufficient-length-0123456789");
        Exception refused = assertThrows(Exception.class, () -> ApplicationContext.builder().deduceEnvironment(false)
                .environments("prod").properties(properties).start().close());
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append(" | ");
        }
        assertTrue(messages.toString().contains("SLOTLEDGER_SYNC_KEY"), messages.toString());
    }
}
