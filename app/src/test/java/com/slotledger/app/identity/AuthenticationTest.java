package com.slotledger.app.identity;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@MicronautTest(transactional = false)
class AuthenticationTest extends IntegrationTest {


    @BeforeEach
    void setUp() {
        signIn();
    }

    private Reply refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), null);
    }

    @Test
    void loginGivesAccessAndRefreshTokensAndLogoutRevokesTheRefreshToken() {
        Api.User user = api.user(admin, Set.of("AUDITOR"), null);
        Map<String, Object> login = api.login(user.username(), "password-123");
        String refreshToken = (String) login.get("refresh_token");
        assertNotNull(login.get("access_token"));
        assertEquals(List.of("AUDITOR"), login.get("roles"));

        Reply refreshed = refresh(refreshToken);
        assertEquals(200, refreshed.status(), refreshed.toString());
        assertEquals(200, api.get("/api/v1/audit/events?limit=1", refreshed.string("access_token")).status());

        assertEquals(204, api.post("/api/v1/auth/logout", Map.of("refreshToken", refreshToken), null).status());
        assertEquals(400, refresh(refreshToken).status());
        assertEquals("invalid_grant", refresh(refreshToken).string("error"));
        assertEquals(401, api.post("/api/v1/auth/logout", Map.of("refreshToken", refreshToken), null).status());
        assertEquals(401, api.post("/api/v1/auth/logout", Map.of("refreshToken", "not-a-token"), null).status());
        assertEquals(400, refresh("garbage").status());
    }

    @Test
    void wrongPasswordsAndUnknownUsersAreUnauthorized() {
        Reply wrong = api.post("/api/v1/auth/login", Map.of("username", "admin", "password", "nope-nope"), null);
        assertEquals(401, wrong.status());
        assertEquals("UNAUTHENTICATED", wrong.string("code"));
        assertEquals(401, api.post("/api/v1/auth/login", Map.of("username", "ghost", "password", "nope-nope"), null).status());
        assertEquals(401, api.get("/api/v1/candidates", "not.a.jwt").status());
    }

    @Test
    void usernamesAreUnique() {
        Api.User user = api.user(admin, Set.of("AUDITOR"), null);
        Reply duplicate = api.post("/api/v1/users", Map.of("username", user.username(), "password", "password-456",
                "roles", List.of("ADMIN")), admin);
        assertEquals(409, duplicate.status());
        assertEquals("USERNAME_TAKEN", duplicate.string("code"));
        api.token(user.username(), "password-123");
    }

    @Test
    void aDisabledUserCannotLogInOrRefresh() {
        Api.User user = api.user(admin, Set.of("AUDITOR"), null);
        String refreshToken = (String) api.login(user.username(), "password-123").get("refresh_token");
        assertEquals(200, api.post("/api/v1/users/" + user.id() + "/disable", null, admin).status());
        assertEquals(401, api.post("/api/v1/auth/login", Map.of("username", user.username(), "password", "password-123"), null).status());
        assertEquals(400, refresh(refreshToken).status());
        assertEquals("USER_DISABLED", api.post("/api/v1/users/" + user.id() + "/disable", null, admin).string("code"));
    }

    @Test
    void rolesChangeAtTheNextRefreshAndPasswordsOnlyByTheirOwnerOrAnAdmin() {
        Api.User user = api.user(admin, Set.of("AUDITOR"), null);
        Api.User other = api.user(admin, Set.of("AUDITOR"), null);
        String refreshToken = (String) api.login(user.username(), "password-123").get("refresh_token");
        assertEquals(200, api.post("/api/v1/users/" + user.id() + "/roles", Map.of("role", "DATA_OPERATOR"), admin).status());
        assertEquals(200, api.delete("/api/v1/users/" + user.id() + "/roles/AUDITOR", admin).status());
        Reply refreshed = refresh(refreshToken);
        assertEquals(List.of("DATA_OPERATOR"), refreshed.json().get("roles"));
        assertEquals(403, api.get("/api/v1/audit/events", refreshed.string("access_token")).status());

        Reply notMine = api.put("/api/v1/users/" + other.id() + "/password", Map.of("password", "new-password-1"), user.token());
        assertEquals(403, notMine.status());
        assertEquals(200, api.put("/api/v1/users/" + user.id() + "/password", Map.of("password", "new-password-1"), user.token()).status());
        assertEquals(401, api.post("/api/v1/auth/login", Map.of("username", user.username(), "password", "password-123"), null).status());
        assertFalse(api.token(user.username(), "new-password-1").isEmpty());
        Reply weak = api.put("/api/v1/users/" + user.id() + "/password", Map.of("password", "short"), admin);
        assertEquals("VALIDATION_FAILED", weak.string("code"));
    }

    @Test
    void userEventsCarryNoPasswordHash() {
        Api.User user = api.user(admin, Set.of("AUDITOR"), null);
        Reply events = api.get("/api/v1/audit/aggregates/" + user.id() + "/events", admin);
        assertEquals("UserRegistered", events.list().get(0).get("type"));
        assertFalse(events.list().toString().contains("$2a$"));
    }
}
