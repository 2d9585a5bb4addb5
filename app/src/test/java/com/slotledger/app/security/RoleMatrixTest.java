package com.slotledger.app.security;

import com.slotledger.api.shared.Role;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.app.support.RoleMatrix;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint against every role: allowed roles pass security (whatever the business answer), other roles
 * get 403 problem+json, no token gets 401. Then data isolation by centre and by owner.
 */
@MicronautTest(transactional = false)
class RoleMatrixTest extends IntegrationTest {

    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    String candidateId;
    String userId;

    @BeforeAll
    void users() {
        signIn();
        for (Role role : Role.values()) {
            tokens.put(role, api.user(admin, Set.of(role.name()), null).token());
        }
        candidateId = api.post("/api/v1/candidates", Map.of("name", "Matrix", "rollNumber", Api.unique("M"),
                "trade", "matrix"), admin).string("id");
        userId = api.user(admin, Set.of("CANDIDATE"), null).id();
    }

    record Endpoint(String name, Supplier<MutableHttpRequest<?>> request, Set<Role> allowed) {
    }

    List<Endpoint> endpoints() {
        Set<Role> staff = EnumSet.of(Role.ADMIN, Role.DATA_OPERATOR);
        Set<Role> readers = EnumSet.of(Role.ADMIN, Role.DATA_OPERATOR, Role.AUDITOR);
        Set<Role> auditors = EnumSet.of(Role.ADMIN, Role.AUDITOR);
        Set<Role> admins = EnumSet.of(Role.ADMIN);
        String c = "/api/v1/candidates/" + candidateId;
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("register candidate", () -> HttpRequest.POST("/api/v1/candidates",
                Map.of("name", "X", "rollNumber", Api.unique("M"), "trade", "matrix")), staff));
        list.add(new Endpoint("list candidates", () -> HttpRequest.GET("/api/v1/candidates"), readers));
        list.add(new Endpoint("get candidate", () -> HttpRequest.GET(c), EnumSet.of(Role.ADMIN, Role.DATA_OPERATOR, Role.AUDITOR, Role.CANDIDATE)));
        for (String action : List.of("assign", "reset", "reassign")) {
            list.add(new Endpoint(action, () -> HttpRequest.POST(c + "/exam-slot/" + action, Map.of()), staff));
        }
        list.add(new Endpoint("exam access", () -> HttpRequest.POST("/api/v1/exam-access", Map.of()), EnumSet.of(Role.CANDIDATE)));
        list.add(new Endpoint("bulk", () -> HttpRequest.POST("/api/v1/exam-slots/bulk",
                Map.of("action", "assign", "trade", "matrix", "dryRun", true)), staff));
        list.add(new Endpoint("status report", () -> HttpRequest.GET("/api/v1/exam-slots/status-report"), readers));
        list.add(new Endpoint("create user", () -> HttpRequest.POST("/api/v1/users",
                Map.of("username", Api.unique("m"), "password", "password-123", "roles", List.of("AUDITOR"))), admins));
        list.add(new Endpoint("grant role", () -> HttpRequest.POST("/api/v1/users/" + userId + "/roles", Map.of("role", "LECTURER")), admins));
        list.add(new Endpoint("revoke role", () -> HttpRequest.DELETE("/api/v1/users/" + userId + "/roles/RECRUITER"), admins));
        list.add(new Endpoint("disable user", () -> HttpRequest.POST("/api/v1/users/nobody/disable", Map.of()), admins));
        list.add(new Endpoint("aggregate events", () -> HttpRequest.GET("/api/v1/audit/aggregates/" + candidateId + "/events"), auditors));
        list.add(new Endpoint("aggregate state", () -> HttpRequest.GET("/api/v1/audit/aggregates/" + candidateId
                + "/state?asOf=2030-01-01T00:00:00Z"), auditors));
        list.add(new Endpoint("event log", () -> HttpRequest.GET("/api/v1/audit/events"), auditors));
        list.add(new Endpoint("slot as of", () -> HttpRequest.GET("/api/v1/audit/candidates/" + candidateId
                + "/exam-slot?asOf=2030-01-01T00:00:00Z"), auditors));
        list.add(new Endpoint("projections", () -> HttpRequest.GET("/api/v1/admin/projections"), auditors));
        list.add(new Endpoint("replay", () -> HttpRequest.POST("/api/v1/admin/projections/none/replay", Map.of()), admins));
        return list;
    }

    @Test
    void everyEndpointAdmitsExactlyItsRoles() {
        RoleMatrix.assertAdmitsExactly(endpoints().stream()
                .map(e -> new RoleMatrix.Endpoint(e.name(), e.allowed(), token -> api.send(e.request().get(), token)))
                .toList(), tokens::get, true);
    }

    @Test
    void aCentreOperatorSeesAndChangesOnlyTheirCentre() {
        Api.User north = api.user(admin, Set.of("DATA_OPERATOR"), "north");
        Api.User south = api.user(admin, Set.of("DATA_OPERATOR"), "south");
        Reply mine = api.post("/api/v1/candidates", Map.of("name", "N", "rollNumber", Api.unique("N"), "trade", "iso"), north.token());
        assertEquals(201, mine.status(), mine.toString());
        Reply foreign = api.post("/api/v1/candidates", Map.of("name", "N", "rollNumber", Api.unique("N"), "trade", "iso",
                "centreId", "south"), north.token());
        assertEquals(403, foreign.status());
        assertEquals("OUT_OF_SCOPE", foreign.string("code"));

        String id = mine.string("id");
        Reply assign = api.post("/api/v1/candidates/" + id + "/exam-slot/assign", null, south.token());
        assertEquals(403, assign.status());
        assertEquals("OUT_OF_SCOPE", assign.string("code"));
        Reply read = api.get("/api/v1/candidates/" + id + "?minPosition=" + mine.position(), south.token());
        assertEquals(404, read.status());
        assertTrue(api.get("/api/v1/candidates?trade=iso", south.token()).list().isEmpty());
        assertEquals(1, api.get("/api/v1/candidates?trade=iso", north.token()).list().size());
        assertEquals(1, api.get("/api/v1/candidates?trade=iso", admin).list().size());

        Reply bulk = api.post("/api/v1/exam-slots/bulk", Map.of("action", "assign", "trade", "iso", "dryRun", true), south.token());
        assertEquals(0, ((Number) bulk.json().get("total")).intValue());
    }

    @Test
    void aCandidateReadsOnlyTheirOwnRecord() {
        Api.User one = api.user(admin, Set.of("CANDIDATE"), null);
        Api.User other = api.user(admin, Set.of("CANDIDATE"), null);
        Reply registered = api.post("/api/v1/candidates", Map.of("name", "Own", "rollNumber", Api.unique("O"),
                "trade", "own", "userId", one.id()), admin);
        String path = "/api/v1/candidates/" + registered.string("id") + "?minPosition=" + registered.position();
        assertEquals(200, api.get(path, one.token()).status());
        assertEquals(404, api.get(path, other.token()).status());
        Reply unlinked = api.post("/api/v1/exam-access", null, other.token());
        assertEquals(409, unlinked.status());
        assertEquals("NO_CANDIDATE_FOR_ACCOUNT", unlinked.string("code"));
    }
}
