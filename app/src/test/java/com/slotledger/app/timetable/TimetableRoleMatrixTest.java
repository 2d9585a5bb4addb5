package com.slotledger.app.timetable;

import com.slotledger.api.shared.Role;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.app.support.RoleMatrix;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static com.slotledger.app.timetable.TimetableFlowTest.field;
import static com.slotledger.app.timetable.TimetableWorld.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every timetable endpoint against every role: writers are ADMIN and DATA_OPERATOR; readers are ADMIN,
 * DATA_OPERATOR, SUPERVISOR, LECTURER and AUDITOR; others get 403 FORBIDDEN, no token 401. Then data isolation: a
 * lecturer reads only the course groups they teach (a room's occupancy is open to every reader).
 */
@MicronautTest(transactional = false)
class TimetableRoleMatrixTest extends IntegrationTest {

    final ShiftedClock clock = new ShiftedClock();
    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    TimetableWorld world;
    String semester;
    String room;
    String group;
    Api.User lecturer;
    Api.User otherLecturer;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeAll
    void setUp() {
        clock.set(Instant.parse("2027-03-01T06:00:00Z"));
        signIn();
        world = new TimetableWorld(api, admin);
        for (Role role : Role.values()) {
            tokens.put(role, api.user(admin, Set.of(role.name()), null).token());
        }
        semester = world.semester();
        room = world.room();
        lecturer = world.lecturer();
        otherLecturer = world.lecturer();
        Map<String, Object> body = new java.util.HashMap<>(TimetableWorld.group(semester, room, "MON", "10:00", "12:00", "UTC"));
        body.put("lecturerId", lecturer.id());
        group = world.createGroup(body);
        world.generate(group, "2027-03-01", "2027-03-14", false);
        world.ok(api.post(T + "/exceptions", Map.of("courseGroupId", group, "date", "2027-03-08", "startTime", "09:00"), admin));
    }

    record Endpoint(String name, Supplier<MutableHttpRequest<?>> request, Set<Role> allowed) {
    }

    List<Endpoint> endpoints() {
        Set<Role> writers = EnumSet.of(Role.ADMIN, Role.DATA_OPERATOR);
        Set<Role> readers = EnumSet.of(Role.ADMIN, Role.DATA_OPERATOR, Role.SUPERVISOR, Role.LECTURER, Role.AUDITOR);
        Map<String, Object> schedule = Map.of("day", "MON", "startTime", "10:00", "endTime", "12:00", "roomId", room,
                "zone", "UTC");
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("create group", () -> HttpRequest.POST(T + "/course-groups",
                TimetableWorld.group(semester, room, "TUE", "10:00", "11:00", "UTC")), writers));
        list.add(new Endpoint("change schedule", () -> HttpRequest.PUT(T + "/course-groups/" + group, schedule), writers));
        list.add(new Endpoint("deactivate group", () -> HttpRequest.DELETE(T + "/course-groups/none"), writers));
        list.add(new Endpoint("generate", () -> HttpRequest.POST(T + "/sessions/generate",
                Map.of("courseGroupId", group, "startDate", "2027-03-01", "endDate", "2027-03-14")), writers));
        list.add(new Endpoint("add exception", () -> HttpRequest.POST(T + "/exceptions", Map.of("courseGroupId", "none",
                "date", "2027-03-15", "cancelled", true)), writers));
        list.add(new Endpoint("change exception", () -> HttpRequest.PUT(T + "/exceptions/none", Map.of("cancelled", true)), writers));
        list.add(new Endpoint("remove exception", () -> HttpRequest.DELETE(T + "/exceptions/none"), writers));
        list.add(new Endpoint("one-off session", () -> HttpRequest.POST(T + "/sessions", Map.of("courseGroupId", "none",
                "date", "2027-03-17", "startTime", "10:00", "endTime", "11:00")), writers));
        list.add(new Endpoint("cancel session", () -> HttpRequest.DELETE(T + "/sessions/none"), writers));
        list.add(new Endpoint("list groups", () -> HttpRequest.GET(T + "/course-groups"), readers));
        list.add(new Endpoint("get group", () -> HttpRequest.GET(T + "/course-groups/" + group), readers));
        list.add(new Endpoint("list exceptions", () -> HttpRequest.GET(T + "/exceptions"), readers));
        list.add(new Endpoint("get exception", () -> HttpRequest.GET(T + "/exceptions/none"), readers));
        list.add(new Endpoint("list sessions", () -> HttpRequest.GET(T + "/sessions?from=2027-03-01&to=2027-03-31"), readers));
        list.add(new Endpoint("today", () -> HttpRequest.GET(T + "/sessions/today"), readers));
        list.add(new Endpoint("get session", () -> HttpRequest.GET(T + "/sessions/none"), readers));
        list.add(new Endpoint("room schedule", () -> HttpRequest.GET(T + "/rooms/" + room + "/schedule"), readers));
        list.add(new Endpoint("calendar", () -> HttpRequest.GET(T + "/calendar.ics"), readers));
        return list;
    }

    @Test
    void everyEndpointAdmitsExactlyItsRoles() {
        RoleMatrix.assertAdmitsExactly(endpoints().stream()
                .map(e -> new RoleMatrix.Endpoint(e.name(), e.allowed(), token -> send(e, token)))
                .toList(), tokens::get, true);
    }

    @Test
    void aLecturerReadsOnlyTheGroupsTheyTeach() {
        String mine = lecturer.token();
        String theirs = otherLecturer.token();
        String wait = "minPosition=" + world.position;
        String session = (String) world.sessions("courseGroupId=" + group).get(0).get("sessionId");
        String exception = (String) world.ok(api.get(T + "/exceptions?courseGroupId=" + group + "&" + wait, admin))
                .list().get(0).get("exceptionId");

        assertEquals(List.of(group), field(api.get(T + "/course-groups?" + wait, mine).list(), "courseGroupId"));
        assertEquals(200, api.get(T + "/course-groups/" + group, mine).status());
        assertEquals(2, api.get(T + "/sessions?courseGroupId=" + group + "&" + wait, mine).list().size());
        assertEquals(200, api.get(T + "/sessions/" + session, mine).status());
        assertEquals(200, api.get(T + "/exceptions/" + exception, mine).status());
        assertTrue(calendar(mine).contains(group));

        assertFalse(field(api.get(T + "/course-groups?" + wait, theirs).list(), "courseGroupId").contains(group));
        assertEquals("OUT_OF_SCOPE", api.get(T + "/course-groups/" + group, theirs).string("code"));
        assertEquals(403, api.get(T + "/sessions/" + session, theirs).status());
        assertEquals(403, api.get(T + "/exceptions/" + exception, theirs).status());
        assertTrue(api.get(T + "/sessions?courseGroupId=" + group + "&" + wait, theirs).list().isEmpty());
        assertTrue(api.get(T + "/exceptions?courseGroupId=" + group + "&" + wait, theirs).list().isEmpty());
        assertTrue(api.get(T + "/sessions/today?" + wait, theirs).list().isEmpty());
        assertFalse(calendar(theirs).contains(group));
        assertEquals(2, api.get(T + "/rooms/" + room + "/schedule?from=2027-03-01&to=2027-03-14&" + wait, theirs)
                .list().size(), "a room's occupancy is open to every reader");

        assertEquals(2, api.get(T + "/sessions?courseGroupId=" + group + "&" + wait, tokens.get(Role.AUDITOR)).list().size());
        assertEquals(1, api.get(T + "/sessions/today?" + wait, mine).list().size(), "Monday 1 March, 10:00 UTC");
    }

    /** The calendar answers text/calendar only, so it is asked for that (and problem details). */
    private Reply send(Endpoint endpoint, String token) {
        MutableHttpRequest<?> request = endpoint.request().get();
        if (!request.getPath().endsWith(".ics")) {
            return api.send(request, token);
        }
        if (token != null) {
            request.bearerAuth(token);
        }
        request.accept(MediaType.of("text/calendar"), MediaType.of("application/problem+json"));
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return new Reply(response.code(), response.body(), "text/calendar");
        } catch (HttpClientResponseException e) {
            return new Reply(e.getStatus().getCode(), e.getResponse().getBody(Argument.mapOf(String.class, Object.class))
                    .orElse(null), null);
        }
    }

    private String calendar(String token) {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(T + "/calendar.ics?minPosition="
                + world.position).bearerAuth(token).accept("text/calendar"), String.class);
        return response.body();
    }
}
