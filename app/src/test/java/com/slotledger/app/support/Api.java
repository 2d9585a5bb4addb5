package com.slotledger.app.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A thin blocking client for tests: every call returns status and JSON body, errors included. */
public final class Api {

    private final HttpClient client;

    public Api(HttpClient client) {
        this.client = client;
    }

    public record Reply(int status, Object body, String contentType) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body;
        }

        public String string(String field) {
            Object value = json().get(field);
            return value == null ? null : value.toString();
        }

        public long position() {
            return ((Number) json().get("position")).longValue();
        }
    }

    public Reply send(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        request.accept(MediaType.APPLICATION_JSON_TYPE, MediaType.of("application/problem+json"));
        try {
            HttpResponse<Object> response = client.toBlocking().exchange(request, Argument.OBJECT_ARGUMENT);
            return new Reply(response.code(), response.getBody().orElse(null),
                    response.getContentType().map(MediaType::toString).orElse(null));
        } catch (HttpClientResponseException e) {
            return new Reply(e.getStatus().getCode(), e.getResponse().getBody(Argument.OBJECT_ARGUMENT).orElse(null),
                    e.getResponse().getContentType().map(MediaType::toString).orElse(null));
        }
    }

    public Reply get(String path, String token) {
        return send(HttpRequest.GET(path), token);
    }

    public Reply post(String path, Object body, String token) {
        return send(HttpRequest.POST(path, body == null ? Map.of() : body), token);
    }

    public Reply put(String path, Object body, String token) {
        return send(HttpRequest.PUT(path, body), token);
    }

    public Reply delete(String path, String token) {
        return send(HttpRequest.DELETE(path), token);
    }

    public Map<String, Object> login(String username, String password) {
        Reply reply = post("/api/v1/auth/login", Map.of("username", username, "password", password), null);
        if (reply.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + reply);
        }
        return reply.json();
    }

    public String token(String username, String password) {
        return (String) login(username, password).get("access_token");
    }

    public String adminToken() {
        return token("admin", IntegrationTest.ADMIN_PASSWORD);
    }

    /** Creates a user with the given roles (and centre, if any) and returns its id and an access token. */
    public User user(String adminToken, Set<String> roles, String centreId) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "password", "password-123",
                "roles", roles));
        if (centreId != null) {
            body.put("centreId", centreId);
        }
        Reply reply = post("/api/v1/users", body, adminToken);
        if (reply.status() != 201) {
            throw new AssertionError("user creation failed: " + reply);
        }
        return new User(reply.string("id"), username, token(username, "password-123"));
    }

    public record User(String id, String username, String token) {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
