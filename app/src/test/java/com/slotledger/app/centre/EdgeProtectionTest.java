package com.slotledger.app.centre;

import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Rate limits answer 429 with Retry-After; every response carries security headers; CORS admits configured origins. */
@MicronautTest(transactional = false)
class EdgeProtectionTest extends IntegrationTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("slotledger.rate-limit.login-per-minute", "3");
        properties.put("slotledger.rate-limit.api-per-minute", "20");
        properties.put("micronaut.server.cors.enabled", "true");
        properties.put("micronaut.server.cors.configurations.web.allowed-origins", "https://exam.example");
        return properties;
    }

    @BeforeAll
    void setUp() {
        signIn();
    }

    @Test
    void loginsAndApiCallsAreLimitedWithRetryAfter() {
        Reply login = null;
        for (int i = 0; i < 3 && (login == null || login.status() != 429); i++) {
            login = api.post("/api/v1/auth/login", Map.of("username", "admin", "password", "wrong"), null);
        }
        assertEquals(429, login.status());
        assertEquals("RATE_LIMITED", login.string("code"));

        HttpResponse<?> limited = null;
        for (int i = 0; i < 25 && limited == null; i++) {
            HttpClientResponseException e = null;
            try {
                client.toBlocking().exchange(HttpRequest.GET("/api/v1/centres").bearerAuth(admin));
            } catch (HttpClientResponseException refused) {
                e = refused;
            }
            if (e != null && e.getStatus().getCode() == 429) {
                limited = e.getResponse();
            }
        }
        assertNotNull(limited);
        assertNotNull(limited.getHeaders().get("Retry-After"));
    }

    @Test
    void responsesCarrySecurityHeadersAndCorsAdmitsTheConfiguredOrigin() {
        HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/exams")));
        assertEquals("nosniff", anonymous.getResponse().getHeaders().get("X-Content-Type-Options"));
        assertEquals("DENY", anonymous.getResponse().getHeaders().get("X-Frame-Options"));
        assertEquals("no-store", anonymous.getResponse().getHeaders().get("Cache-Control"));

        HttpResponse<?> preflight = client.toBlocking().exchange(HttpRequest.OPTIONS("/api/v1/exams")
                .header("Origin", "https://exam.example").header("Access-Control-Request-Method", "GET"));
        assertEquals("https://exam.example", preflight.getHeaders().get("Access-Control-Allow-Origin"));
        HttpClientResponseException foreign = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.OPTIONS("/api/v1/exams").header("Origin", "https://evil.example")
                        .header("Access-Control-Request-Method", "GET")));
        assertEquals(403, foreign.getStatus().getCode());
    }
}
