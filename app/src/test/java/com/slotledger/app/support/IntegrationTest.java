package com.slotledger.app.support;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** Base of HTTP tests: the shared test database, the test admin password, a client and an admin token. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest implements TestPropertyProvider {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    @Inject
    @Client("/")
    protected HttpClient client;

    protected Api api;
    protected String admin;

    /** Signs in as admin; call first in a @BeforeEach or @BeforeAll. */
    protected void signIn() {
        api = new Api(client);
        admin = api.adminToken();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>();
        TestDatabase.properties().forEach((key, value) -> properties.put(key, value.toString()));
        properties.put("slotledger.admin-password", ADMIN_PASSWORD);
        properties.put("slotledger.read-your-writes.timeout", "3s");
        return properties;
    }
}
