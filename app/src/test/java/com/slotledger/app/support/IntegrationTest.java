package com.slotledger.app.support;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** Base of HTTP tests: the shared test database and the test admin password. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest implements TestPropertyProvider {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>();
        TestDatabase.properties().forEach((key, value) -> properties.put(key, value.toString()));
        properties.put("slotledger.admin-password", ADMIN_PASSWORD);
        properties.put("slotledger.read-your-writes.timeout", "3s");
        return properties;
    }
}
