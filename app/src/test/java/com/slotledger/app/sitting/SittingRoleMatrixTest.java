package com.slotledger.app.sitting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slotledger.api.shared.Role;
import com.slotledger.api.sitting.SittingPermission;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.app.support.RoleMatrix;
import com.slotledger.command.sitting.SittingIds;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static com.slotledger.api.sitting.SittingPermission.ATTENDANCE_READ;
import static com.slotledger.api.sitting.SittingPermission.ATTENDANCE_UPDATE;
import static com.slotledger.api.sitting.SittingPermission.ENROLLMENT_MANAGE;
import static com.slotledger.api.sitting.SittingPermission.OWN_SCHEDULE;
import static com.slotledger.api.sitting.SittingPermission.RECOGNITION_CALLBACK;
import static com.slotledger.api.sitting.SittingPermission.REFERENCE_MANAGE;
import static com.slotledger.api.sitting.SittingPermission.REFERENCE_READ;
import static com.slotledger.api.sitting.SittingPermission.SESSION_CONTROL;
import static com.slotledger.api.sitting.SittingPermission.SLOT_MANAGE;
import static com.slotledger.api.sitting.SittingPermission.SLOT_READ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every sitting endpoint against every role, as {@link SittingPermission} grants them: allowed roles pass security
 * (whatever the business answer), others get 403 FORBIDDEN, no token 401. Then data isolation: a supervisor not
 * assigned to a slot neither sees nor changes it.
 */
@MicronautTest(transactional = false)
class SittingRoleMatrixTest extends IntegrationTest {

    private final Map<Role, Api.User> users = new EnumMap<>(Role.class);
    private SittingWorld world;
    private SittingWorld.Exam exam;
    private String participant;

    @BeforeAll
    void setUp() {
        signIn();
        world = new SittingWorld(api, admin);
        for (Role role : Role.values()) {
            users.put(role, api.user(admin, Set.of(role.name()), null));
        }
        world.staff(users.get(Role.SUPERVISOR));
        exam = world.exam(Instant.now().minusSeconds(600), "UTC", 1, users.get(Role.SUPERVISOR));
        participant = SittingIds.participant(exam.slot(), exam.subject(),
                exam.students().get(0).id());
    }

    /** {@code accept}: what a client of a file or stream endpoint asks for; null for JSON. */
    record Endpoint(String name, Supplier<MutableHttpRequest<?>> request, SittingPermission permission, MediaType accept) {
        Endpoint(String name, Supplier<MutableHttpRequest<?>> request, SittingPermission permission) {
            this(name, request, permission, null);
        }
    }

    private List<Endpoint> endpoints() {
        String slot = "/api/v1/exam-slots/" + exam.slot();
        String attendance = "/api/v1/exam-attendance/" + exam.attendance(0);
        String session = "/api/v1/slot-session/" + exam.slot();
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("define semester", () -> HttpRequest.POST("/api/v1/semesters", Map.of("code",
                SittingWorld.unique("M"), "startDate", "2026-09-01", "endDate", "2026-12-31")), REFERENCE_MANAGE));
        list.add(new Endpoint("revise room", () -> HttpRequest.PUT("/api/v1/rooms/" + exam.room(), Map.of("name",
                SittingWorld.unique("R"), "capacity", 30)), REFERENCE_MANAGE));
        list.add(new Endpoint("define subject", () -> HttpRequest.POST("/api/v1/subjects", Map.of("code",
                SittingWorld.unique("S"), "name", "Matrix")), REFERENCE_MANAGE));
        list.add(new Endpoint("register student", () -> HttpRequest.POST("/api/v1/students", Map.of("userId",
                "none", "rollNumber", SittingWorld.unique("SE"), "name", "Matrix")), REFERENCE_MANAGE));
        list.add(new Endpoint("define staff", () -> HttpRequest.POST("/api/v1/staff", Map.of("name", "Matrix",
                "kind", "LECTURER")), REFERENCE_MANAGE));
        list.add(new Endpoint("enrol", () -> HttpRequest.POST("/api/v1/enrolments", Map.of("studentId", "none",
                "subjectId", "none", "semesterId", "none")), REFERENCE_MANAGE));
        list.add(new Endpoint("retire staff", () -> HttpRequest.DELETE("/api/v1/staff/none"), REFERENCE_MANAGE));
        list.add(new Endpoint("list students", () -> HttpRequest.GET("/api/v1/students"), REFERENCE_READ));
        list.add(new Endpoint("list enrolments", () -> HttpRequest.GET("/api/v1/enrolments"), REFERENCE_READ));
        list.add(new Endpoint("get subject", () -> HttpRequest.GET("/api/v1/subjects/" + exam.subject()), REFERENCE_READ));
        list.add(new Endpoint("schedule slot", () -> HttpRequest.POST("/api/v1/slots", Map.of("semesterId", "none",
                "roomId", "none", "startsAt", "2026-12-01T08:00:00Z", "endsAt", "2026-12-01T09:00:00Z",
                "category", "FINAL_EXAM")), SLOT_MANAGE));
        list.add(new Endpoint("reschedule slot", () -> HttpRequest.PUT("/api/v1/slots/none", Map.of("roomId", "none",
                "startsAt", "2026-12-01T08:00:00Z", "endsAt", "2026-12-01T09:00:00Z")), SLOT_MANAGE));
        list.add(new Endpoint("cancel slot", () -> HttpRequest.DELETE("/api/v1/slots/none"), SLOT_MANAGE));
        list.add(new Endpoint("lecture roster", () -> HttpRequest.POST("/api/v1/slots/none/attendees",
                Map.of("studentUserIds", List.of("s"))), SLOT_MANAGE));
        list.add(new Endpoint("list slots", () -> HttpRequest.GET("/api/v1/slots"), SLOT_READ));
        list.add(new Endpoint("get slot", () -> HttpRequest.GET("/api/v1/slots/" + exam.slot()), SLOT_READ));
        list.add(new Endpoint("assign subjects", () -> HttpRequest.POST(slot + "/subjects",
                Map.of("subjectIds", List.of(exam.subject()))), ENROLLMENT_MANAGE));
        list.add(new Endpoint("list subjects", () -> HttpRequest.GET(slot + "/subjects"), SLOT_READ));
        list.add(new Endpoint("remove subject", () -> HttpRequest.DELETE(slot + "/subjects/none"), ENROLLMENT_MANAGE));
        list.add(new Endpoint("add participant", () -> HttpRequest.POST(slot + "/participants", Map.of("subjectId",
                exam.subject(), "studentUserId", exam.students().get(0).id())), ENROLLMENT_MANAGE));
        list.add(new Endpoint("list participants", () -> HttpRequest.GET(slot + "/participants"), SLOT_READ));
        list.add(new Endpoint("all participants", () -> HttpRequest.GET(slot + "/all-participants"), SLOT_READ));
        list.add(new Endpoint("get participant", () -> HttpRequest.GET(slot + "/participants/" + participant), SLOT_READ));
        list.add(new Endpoint("change participant", () -> HttpRequest.PUT(slot + "/participants/" + participant,
                Map.of("enrolled", true)), ENROLLMENT_MANAGE));
        list.add(new Endpoint("withdraw participant", () -> HttpRequest.DELETE(slot + "/participants/none"), ENROLLMENT_MANAGE));
        list.add(new Endpoint("import participants", () -> HttpRequest.POST("/api/v1/exam-slot-participants/import",
                MultipartBody.builder().addPart("file", "p.csv", MediaType.TEXT_CSV_TYPE,
                        "semester_code,start_time,room_name,subject_code,roll_number\n".getBytes()).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), ENROLLMENT_MANAGE));
        list.add(new Endpoint("detections", () -> HttpRequest.GET(slot + "/detections"), ATTENDANCE_READ));
        list.add(new Endpoint("attendance report", () -> HttpRequest.GET(slot + "/attendance-report"), ATTENDANCE_READ));
        list.add(new Endpoint("list attendance", () -> HttpRequest.GET("/api/v1/exam-attendance"), ATTENDANCE_READ));
        list.add(new Endpoint("get attendance", () -> HttpRequest.GET(attendance), ATTENDANCE_READ));
        list.add(new Endpoint("evidence", () -> HttpRequest.GET(attendance + "/evidence"), ATTENDANCE_READ, MediaType.ALL_TYPE));
        list.add(new Endpoint("export", () -> HttpRequest.GET("/api/v1/exam-attendance/export?slotIds=" + exam.slot()),
                ATTENDANCE_READ, MediaType.ALL_TYPE));
        list.add(new Endpoint("update attendance", () -> HttpRequest.PUT(attendance, Map.of("status", "PRESENT")),
                ATTENDANCE_UPDATE));
        list.add(new Endpoint("start", () -> HttpRequest.POST(session + "/start-exam", Map.of()), SESSION_CONTROL));
        list.add(new Endpoint("stop", () -> HttpRequest.POST(session + "/stop-exam", Map.of()), SESSION_CONTROL));
        list.add(new Endpoint("rescan", () -> HttpRequest.POST(session + "/rescan-exam", Map.of()), SESSION_CONTROL));
        list.add(new Endpoint("exam status", () -> HttpRequest.GET(session + "/exam-status"), ATTENDANCE_READ));
        list.add(new Endpoint("live events", () -> HttpRequest.GET("/api/v1/slot-session/none/events"), ATTENDANCE_READ,
                MediaType.TEXT_EVENT_STREAM_TYPE));
        list.add(new Endpoint("recognition callback", () -> HttpRequest.POST("/api/v1/recognition-callback",
                Map.of("callbackType", "EXAM", "slotId", exam.slot(), "recognitions", List.of(Map.of("studentUserId",
                        "s", "confidence", 0.1)))), RECOGNITION_CALLBACK));
        list.add(new Endpoint("own schedule", () -> HttpRequest.GET("/api/v1/me/exam-schedule"), OWN_SCHEDULE));
        return list;
    }

    @Test
    void everyEndpointAdmitsExactlyThePermissionsRoles() {
        RoleMatrix.assertAdmitsExactly(endpoints().stream()
                .map(e -> new RoleMatrix.Endpoint(e.name(), e.permission().roles(), token -> send(e, token)))
                .toList(), role -> users.get(role).token(), false);
    }

    @Test
    void aSupervisorNotAssignedToASlotNeitherSeesNorChangesIt() {
        Api.User stranger = world.supervisor();
        Api.User assigned = users.get(Role.SUPERVISOR);
        String slot = "/api/v1/exam-slots/" + exam.slot();
        String attendance = "/api/v1/exam-attendance/" + exam.attendance(0);
        String session = "/api/v1/slot-session/" + exam.slot();
        List<String> reads = List.of("/api/v1/slots/" + exam.slot(), slot + "/subjects", slot + "/participants",
                slot + "/all-participants", slot + "/participants/" + participant, slot + "/attendance-report",
                slot + "/detections",
                "/api/v1/exam-attendance?slotId=" + exam.slot(), attendance, session + "/exam-status",
                "/api/v1/exam-attendance/export?slotIds=" + exam.slot());
        for (String path : reads) {
            Reply refused = api.get(path, stranger.token());
            assertEquals(403, refused.status(), path);
            assertEquals("NOT_ASSIGNED", refused.string("code"), path);
            assertEquals(200, Download.get(client, path + (path.contains("?") ? "&" : "?") + "minPosition=" + world.position,
                    assigned.token()).status(), path);
        }
        assertEquals("NOT_ASSIGNED", api.get(attendance + "/evidence", stranger.token()).string("code"));
        assertEquals("EVIDENCE_NOT_FOUND", api.get(attendance + "/evidence", assigned.token()).string("code"));
        assertTrue(api.get("/api/v1/exam-attendance", stranger.token()).list().stream()
                .noneMatch(row -> exam.slot().equals(row.get("slotId"))));
        assertTrue(api.get("/api/v1/exam-attendance", assigned.token()).list().stream()
                .anyMatch(row -> exam.slot().equals(row.get("slotId"))));

        assertEquals("NOT_ASSIGNED", api.post(session + "/start-exam", null, stranger.token()).string("code"));
        assertEquals("NOT_ASSIGNED", api.put(attendance, Map.of("status", "PRESENT"), stranger.token()).string("code"));
        Download events = Download.get(client, session + "/events", stranger.token(), MediaType.TEXT_EVENT_STREAM_TYPE);
        assertEquals(403, events.status());
        assertTrue(events.text().contains("NOT_ASSIGNED"), events.text());
    }

    private Reply send(Endpoint endpoint, String token) {
        if (endpoint.accept() == null) {
            return api.send(endpoint.request().get(), token);
        }
        MutableHttpRequest<?> request = endpoint.request().get();
        Download download = Download.get(client, request.getUri().toString(), token, endpoint.accept());
        try {
            Object body = download.body() == null || download.body().length == 0 ? null
                    : new ObjectMapper().readValue(download.body(), Map.class);
            return new Reply(download.status(), body, download.contentType());
        } catch (IOException e) {
            return new Reply(download.status(), download.text(), download.contentType());
        }
    }
}
