package com.slotledger.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One PostgreSQL per test JVM: the server named by SLOTLEDGER_TEST_JDBC_URL, else embedded PostgreSQL (fast,
 * non-durable settings, a fresh temporary directory). Every test context shares it.
 */
public final class TestDatabase {

    private static Map<String, Object> properties;

    private TestDatabase() {
    }

    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = new HashMap<>();
            String url = System.getenv("SLOTLEDGER_TEST_JDBC_URL");
            if (url != null && !url.isBlank()) {
                properties.put("slotledger.database.url", url);
                properties.put("slotledger.database.user", env("SLOTLEDGER_TEST_JDBC_USER", "postgres"));
                properties.put("slotledger.database.password", env("SLOTLEDGER_TEST_JDBC_PASSWORD", ""));
            } else {
                properties.put("slotledger.database.url", embedded());
            }
        }
        return properties;
    }

    private static String embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
