package com.slotledger.app.web;

import com.slotledger.app.support.IntegrationTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health with the database, Prometheus metrics, and the API documentation are served without a token. */
@MicronautTest(transactional = false)
class OperationsEndpointsTest extends IntegrationTest {

    private String get(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path));
    }

    @Test
    void healthReportsTheDatabase() {
        String health = get("/health");
        assertTrue(health.contains("\"status\":\"UP\""), health);
        assertTrue(health.contains("PostgreSQL"), health);
        assertFalse(health.contains("jdbc:"), "no connection URL, which may carry credentials: " + health);
    }

    @Test
    void prometheusExposesMetrics() {
        String metrics = get("/prometheus");
        assertTrue(metrics.contains("jvm_memory_used_bytes"), metrics.substring(0, Math.min(300, metrics.length())));
    }

    @Test
    void theOpenApiSpecsAndSwaggerUiAreServed() {
        String commands = get("/swagger/slotledger-command-side.yml");
        assertTrue(commands.contains("/api/v1/candidates/{id}/exam-slot/{action}"), commands);
        assertTrue(commands.contains("/api/v1/exam-access"));
        String queries = get("/swagger/slotledger-query-side.yml");
        assertTrue(queries.contains("/api/v1/audit/events"), queries);
        assertTrue(get("/swagger/slotledger-app.yml").contains("/api/v1/auth/logout"));
        assertTrue(get("/swagger-ui/index.html").contains("SwaggerUIBundle"));
        assertTrue(get("/swagger-ui/assets/swagger-ui-bundle.js").length() > 100_000);
    }
}
