package com.slotledger.app.centre;

import com.slotledger.api.shared.Role;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.app.support.RoleMatrix;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
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
 * Every centre endpoint against every role: allowed roles pass security, others get 403 FORBIDDEN, no token 401.
 * Then centre scope: staff of another centre neither see nor change this centre's records.
 */
@MicronautTest(transactional = false)
class CentreRoleMatrixTest extends IntegrationTest {

    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private String exam;

    @BeforeAll
    void users() {
        signIn();
        for (Role role : Role.values()) {
            tokens.put(role, api.user(admin, Set.of(role.name()), null).token());
        }
        exam = api.post("/api/v1/exams", CentreFlowTest.exam("Matrix"), admin).string("id");
    }

    record Endpoint(String name, Supplier<MutableHttpRequest<?>> request, Set<Role> allowed) {
    }

    private List<Endpoint> endpoints() {
        Set<Role> admins = EnumSet.of(Role.ADMIN);
        Set<Role> staff = EnumSet.of(Role.ADMIN, Role.DATA_OPERATOR, Role.SUPERVISOR, Role.LECTURER, Role.AUDITOR);
        Set<Role> operators = EnumSet.of(Role.ADMIN, Role.DATA_OPERATOR);
        Set<Role> authors = EnumSet.of(Role.ADMIN, Role.DATA_OPERATOR, Role.LECTURER);
        Set<Role> bankReaders = EnumSet.of(Role.ADMIN, Role.DATA_OPERATOR, Role.LECTURER, Role.AUDITOR);
        Set<Role> supervisors = EnumSet.of(Role.ADMIN, Role.SUPERVISOR);
        String none = "/api/v1/results/no-such-result";
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("register centre", () -> HttpRequest.POST("/api/v1/centres",
                Map.of("code", Api.unique("m"), "name", "M", "zone", "UTC")), admins));
        list.add(new Endpoint("list centres", () -> HttpRequest.GET("/api/v1/centres"), staff));
        list.add(new Endpoint("create exam", () -> HttpRequest.POST("/api/v1/exams", CentreFlowTest.exam("M")), operators));
        list.add(new Endpoint("advance exam", () -> HttpRequest.POST("/api/v1/exams/none/status", Map.of("status", "SCHEDULED")), operators));
        list.add(new Endpoint("reschedule exam", () -> HttpRequest.PUT("/api/v1/exams/none/schedule",
                Map.of("startsAt", "2026-12-01T09:30:00", "zone", "UTC", "durationMinutes", 60)), operators));
        list.add(new Endpoint("delete exam", () -> HttpRequest.DELETE("/api/v1/exams/none"), operators));
        list.add(new Endpoint("list exams", () -> HttpRequest.GET("/api/v1/exams"), staff));
        list.add(new Endpoint("get exam", () -> HttpRequest.GET("/api/v1/exams/" + exam), staff));
        list.add(new Endpoint("create question", () -> HttpRequest.POST("/api/v1/questions", Map.of("subject", "s",
                "type", "SHORT", "text", "t", "marks", 1, "difficulty", "EASY")), authors));
        list.add(new Endpoint("attach document", () -> HttpRequest.POST("/api/v1/questions/none/document",
                Map.of("fileHash", "0".repeat(64))), authors));
        list.add(new Endpoint("delete question", () -> HttpRequest.DELETE("/api/v1/questions/none"), authors));
        list.add(new Endpoint("list questions", () -> HttpRequest.GET("/api/v1/questions"), bankReaders));
        list.add(new Endpoint("get question", () -> HttpRequest.GET("/api/v1/questions/none"), bankReaders));
        list.add(new Endpoint("assign evaluator", () -> HttpRequest.POST("/api/v1/results", Map.of("examId", exam,
                "candidateId", "c", "evaluatorId", "e")), supervisors));
        list.add(new Endpoint("record marks", () -> HttpRequest.POST(none + "/marks", Map.of("questionId", "q",
                "awarded", 1, "outOf", 2)), EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.LECTURER)));
        list.add(new Endpoint("moderate", () -> HttpRequest.POST(none + "/moderate", Map.of("adjustment", 1, "reason", "r")), supervisors));
        list.add(new Endpoint("finalize", () -> HttpRequest.POST(none + "/finalize", Map.of()), supervisors));
        list.add(new Endpoint("publish", () -> HttpRequest.POST(none + "/publish", Map.of()), admins));
        list.add(new Endpoint("list results", () -> HttpRequest.GET("/api/v1/results"), staff));
        list.add(new Endpoint("get result", () -> HttpRequest.GET(none), staff));
        list.add(new Endpoint("attach photo", () -> HttpRequest.POST("/api/v1/candidates/none/photo",
                Map.of("fileHash", "0".repeat(64))), operators));
        list.add(new Endpoint("get photo", () -> HttpRequest.GET("/api/v1/candidates/none/photo"),
                EnumSet.of(Role.ADMIN, Role.DATA_OPERATOR, Role.SUPERVISOR, Role.AUDITOR)));
        list.add(new Endpoint("upload file", () -> HttpRequest.POST("/api/v1/files", CentreFlowTest.PDF)
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE), authors));
        list.add(new Endpoint("download file", () -> HttpRequest.GET("/api/v1/files/" + "0".repeat(64)), bankReaders));
        list.add(new Endpoint("export bundle", () -> HttpRequest.GET("/api/v1/sync/export?after=999999999"), admins));
        list.add(new Endpoint("import bundle", () -> HttpRequest.POST("/api/v1/sync/import", "{}".getBytes())
                .contentType(MediaType.APPLICATION_JSON_TYPE), admins));
        list.add(new Endpoint("sync ledger", () -> HttpRequest.GET("/api/v1/sync/ledger"), EnumSet.of(Role.ADMIN, Role.AUDITOR)));
        list.add(new Endpoint("backup", () -> HttpRequest.GET("/api/v1/admin/backup"), admins));
        list.add(new Endpoint("verify backup", () -> HttpRequest.POST("/api/v1/admin/backup/verify", "x".getBytes())
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE), admins));
        return list;
    }

    @Test
    void everyEndpointAdmitsExactlyItsRoles() {
        RoleMatrix.assertAdmitsExactly(endpoints().stream()
                .map(e -> new RoleMatrix.Endpoint(e.name(), e.allowed(),
                        token -> CentreSyncTest.parsed(api.send(e.request().get(), token))))
                .toList(), tokens::get, false);
    }

    @Test
    void staffOfAnotherCentreNeitherSeeNorChangeThisCentresRecords() {
        Api.User local = api.user(admin, Set.of("DATA_OPERATOR", "SUPERVISOR"), "HQ");
        Api.User remote = api.user(admin, Set.of("DATA_OPERATOR", "SUPERVISOR"), "SOUTH");
        long position = api.post("/api/v1/exams", CentreFlowTest.exam("Scoped"), local.token()).position();
        String result = api.post("/api/v1/results", Map.of("examId", exam, "candidateId", "c", "evaluatorId", "e"),
                local.token()).string("id");

        assertTrue(api.get("/api/v1/exams?minPosition=" + position, local.token()).list().stream()
                .anyMatch(row -> exam.equals(row.get("examId"))));
        assertTrue(api.get("/api/v1/exams", remote.token()).list().isEmpty());
        assertTrue(api.get("/api/v1/results", remote.token()).list().isEmpty());
        assertEquals(404, api.get("/api/v1/results/" + result, remote.token()).status());
        assertEquals("EXAM_NOT_FOUND", api.post("/api/v1/exams/" + exam + "/status", Map.of("status", "SCHEDULED"),
                remote.token()).string("code"));
        assertEquals("RESULT_NOT_FOUND", api.post("/api/v1/results/" + result + "/finalize", null, remote.token()).string("code"));
        assertEquals("OUT_OF_SCOPE", api.post("/api/v1/questions", Map.of("subject", "s", "type", "SHORT", "text", "t",
                "marks", 1, "difficulty", "EASY"), remote.token()).string("code"));
        assertEquals(200, api.post("/api/v1/results/" + result + "/finalize", null, local.token()).status());
    }
}
