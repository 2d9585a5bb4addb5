package com.slotledger.app.interview;

import com.slotledger.api.shared.Role;
import com.slotledger.app.interview.InterviewWorld.Company;
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
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static com.slotledger.app.interview.InterviewWorld.BASE;
import static com.slotledger.app.interview.InterviewWorld.BERLIN;
import static com.slotledger.app.interview.InterviewWorld.at;
import static com.slotledger.app.interview.InterviewWorld.day;
import static com.slotledger.app.interview.InterviewWorld.ids;
import static com.slotledger.app.interview.InterviewWorld.ok;
import static com.slotledger.app.interview.InterviewWorld.refused;
import static com.slotledger.app.interview.InterviewWorld.slotBody;
import static com.slotledger.app.interview.InterviewWorld.weekly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every interview endpoint against every role (401 without a token, 403 FORBIDDEN for roles it does not admit),
 * then data isolation: ADMIN sees all; a RECRUITER their company; an INTERVIEWER their own slots and the bookings
 * in them; a CANDIDATE their own bookings, in listings, search, calendar and .ics alike, and in every command.
 */
@MicronautTest(transactional = false)
class InterviewAccessTest extends IntegrationTest {

    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private InterviewWorld world;

    @BeforeAll
    void users() {
        signIn();
        world = new InterviewWorld(api, admin);
        String matrixCompany = world.newCompany();
        for (Role role : Role.values()) {
            boolean companyUser = role == Role.RECRUITER || role == Role.INTERVIEWER;
            tokens.put(role, world.user(Set.of(role.name()), companyUser ? matrixCompany : null).token());
        }
    }

    record Endpoint(String name, Supplier<MutableHttpRequest<?>> request, Set<Role> allowed) {
    }

    private List<Endpoint> endpoints() {
        Set<Role> staff = EnumSet.of(Role.ADMIN, Role.RECRUITER);
        Set<Role> planners = EnumSet.of(Role.ADMIN, Role.RECRUITER, Role.INTERVIEWER);
        Set<Role> bookers = EnumSet.of(Role.ADMIN, Role.RECRUITER, Role.CANDIDATE);
        Set<Role> everyone = EnumSet.of(Role.ADMIN, Role.RECRUITER, Role.INTERVIEWER, Role.CANDIDATE);
        LocalDate day = day(20, DayOfWeek.MONDAY);
        String range = "?startDate=" + day + "&endDate=" + day;
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("create interview", () -> HttpRequest.POST(BASE, Map.of("candidateId", "c")), staff));
        list.add(new Endpoint("get interview", () -> HttpRequest.GET(BASE + "/none"), bookers));
        list.add(new Endpoint("create slot", () -> HttpRequest.POST(BASE + "/slots", slotBody(null, null,
                at(day, "07:00", BERLIN), at(day, "06:00", BERLIN), BERLIN, 1)), planners));
        list.add(new Endpoint("create series", () -> HttpRequest.POST(BASE + "/slots/recurring", Map.of("startDate",
                day.toString(), "endDate", day.minusDays(1).toString(), "startTime", "09:00", "endTime", "10:00",
                "daysOfWeek", List.of(1), "slotDuration", 60)), planners));
        list.add(new Endpoint("list slots", () -> HttpRequest.GET(BASE + "/slots"), planners));
        list.add(new Endpoint("search slots", () -> HttpRequest.POST(BASE + "/slots/search", Map.of()), everyone));
        list.add(new Endpoint("available slots", () -> HttpRequest.GET(BASE + "/available-slots"), everyone));
        list.add(new Endpoint("book slot", () -> HttpRequest.POST(BASE + "/slots/none/book", Map.of("interviewId", "none")), bookers));
        list.add(new Endpoint("release slot", () -> HttpRequest.POST(BASE + "/slots/none/release", Map.of("interviewId", "none")), bookers));
        list.add(new Endpoint("list schedules", () -> HttpRequest.GET(BASE + "/schedules"), everyone));
        list.add(new Endpoint("book schedule", () -> HttpRequest.POST(BASE + "/schedules/book",
                Map.of("interviewId", "none", "slotId", "none")), bookers));
        list.add(new Endpoint("confirm", () -> HttpRequest.POST(BASE + "/schedules/none/confirm", Map.of()), planners));
        list.add(new Endpoint("cancel", () -> HttpRequest.POST(BASE + "/schedules/none/cancel", Map.of()), everyone));
        list.add(new Endpoint("reschedule", () -> HttpRequest.POST(BASE + "/schedules/none/reschedule", Map.of("slotId", "none")), bookers));
        list.add(new Endpoint("list availability", () -> HttpRequest.GET(BASE + "/availability"), planners));
        list.add(new Endpoint("define availability", () -> HttpRequest.POST(BASE + "/availability", weekly(null, 9, "09:00", "10:00")), planners));
        list.add(new Endpoint("change availability", () -> HttpRequest.PUT(BASE + "/availability/none", weekly(null, 1, "09:00", "10:00")), planners));
        list.add(new Endpoint("remove availability", () -> HttpRequest.DELETE(BASE + "/availability/none"), planners));
        list.add(new Endpoint("list conflicts", () -> HttpRequest.GET(BASE + "/conflicts"), planners));
        list.add(new Endpoint("resolve conflict", () -> HttpRequest.POST(BASE + "/conflicts/none/resolve",
                Map.of("resolution", "RESOLVED")), staff));
        list.add(new Endpoint("cancel slot", () -> HttpRequest.POST(BASE + "/slots/none/cancel", Map.of()), planners));
        list.add(new Endpoint("complete slot", () -> HttpRequest.POST(BASE + "/slots/none/complete", Map.of()), planners));
        Set<Role> admins = EnumSet.of(Role.ADMIN);
        list.add(new Endpoint("create company", () -> HttpRequest.POST(BASE + "/companies", Map.of()), admins));
        list.add(new Endpoint("rename company", () -> HttpRequest.PUT(BASE + "/companies/none", Map.of("name", "x")), admins));
        list.add(new Endpoint("deactivate company", () -> HttpRequest.POST(BASE + "/companies/none/deactivate", Map.of()), admins));
        list.add(new Endpoint("list companies", () -> HttpRequest.GET(BASE + "/companies"), everyone));
        list.add(new Endpoint("create job", () -> HttpRequest.POST(BASE + "/jobs", Map.of()), staff));
        list.add(new Endpoint("change job", () -> HttpRequest.PUT(BASE + "/jobs/none", Map.of("title", "x")), staff));
        list.add(new Endpoint("deactivate job", () -> HttpRequest.POST(BASE + "/jobs/none/deactivate", Map.of()), staff));
        list.add(new Endpoint("list jobs", () -> HttpRequest.GET(BASE + "/jobs"), everyone));
        list.add(new Endpoint("calendar", () -> HttpRequest.GET(BASE + "/calendar" + range), everyone));
        list.add(new Endpoint("calendar.ics", () -> HttpRequest.GET(BASE + "/calendar.ics" + range)
                .accept(MediaType.of("text/calendar")), everyone));
        return list;
    }

    /** Status and problem code; keeps a request's own Accept (the .ics one asks for text/calendar). */
    private Reply send(MutableHttpRequest<?> request, String token) {
        if (request.getHeaders().accept().isEmpty()) {
            return api.send(request, token);
        }
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return new Reply(response.code(), null, response.getContentType().map(MediaType::toString).orElse(null));
        } catch (HttpClientResponseException e) {
            return new Reply(e.getStatus().getCode(), e.getResponse().getBody(Argument.mapOf(String.class, Object.class))
                    .orElse(null), e.getResponse().getContentType().map(MediaType::toString).orElse(null));
        }
    }

    @Test
    void everyInterviewEndpointAdmitsExactlyItsRoles() {
        RoleMatrix.assertAdmitsExactly(endpoints().stream()
                .map(e -> new RoleMatrix.Endpoint(e.name(), e.allowed(), token -> send(e.request().get(), token)))
                .toList(), tokens::get, true);
    }

    /**
     * Two companies, each with slots, bookings, a pattern and conflicts; one more interviewer at the first. Every
     * aggregate written is awaited, so the reads below see all of them.
     */
    private record Setting(Company a, Company b, Api.User a2, Api.User candidateA, Api.User candidateB, String slotA,
                           String slotA2, String slotB, String interviewA, String interviewB, String bookingA,
                           String bookingB, String patternA, String conflictA, LocalDate day) {
    }

    private Setting setting() {
        Company a = world.company();
        Company b = world.company();
        Api.User a2 = world.user(Set.of("INTERVIEWER"), a.id());
        Api.User candidateA = world.candidate();
        Api.User candidateB = world.candidate();
        LocalDate day = day(15, DayOfWeek.WEDNESDAY);
        Reply patternA = ok(api.post(BASE + "/availability", weekly(a.interviewer().id(), 3, "09:00", "10:00"),
                a.recruiter().token()));
        Reply patternB = ok(api.post(BASE + "/availability", weekly(null, 3, "11:00", "12:00"), b.interviewer().token()));
        String slotA = world.slot(a, at(day, "09:00", BERLIN), at(day, "10:00", BERLIN), 2).string("id");
        Reply slotA2 = ok(world.slot(a.recruiter().token(), a2.id(), at(day, "11:00", BERLIN), at(day, "12:00", BERLIN),
                BERLIN, 1));
        String slotB = world.slot(b, at(day, "11:00", BERLIN), at(day, "12:00", BERLIN), 1).string("id");
        String interviewA = world.interview(a.recruiter().token(), candidateA.id());
        String interviewB = world.interview(b.recruiter().token(), candidateB.id());
        Reply bookingA = ok(world.book(slotA, interviewA, candidateA.token()));
        Reply bookingB = ok(world.book(slotB, interviewB, candidateB.token()));
        world.await(patternA.position(), patternB.position(), slotA2.position(), bookingA.position(), bookingB.position());
        return new Setting(a, b, a2, candidateA, candidateB, slotA, slotA2.string("id"), slotB, interviewA, interviewB,
                bookingA.string("id"), bookingB.string("id"), patternA.string("id"), slotA2.string("id") + ":unavailable",
                day);
    }

    private List<String> listed(String path, String token, String field) {
        return ids(api.get(BASE + path, token), field);
    }

    @Test
    void everyReaderSeesOnlyWhatIsTheirs() {
        Setting s = setting();
        String recA = s.a().recruiter().token();
        String recB = s.b().recruiter().token();
        String ivA = s.a().interviewer().token();
        List<String> adminSlots = listed("/slots", admin, "slotId");
        assertTrue(adminSlots.containsAll(List.of(s.slotA(), s.slotA2(), s.slotB())));
        assertEquals(List.of(s.slotA(), s.slotA2()), listed("/slots?companyId=" + s.a().id(), recA, "slotId"));
        assertEquals(List.of(s.slotA(), s.slotA2()), listed("/slots", recA, "slotId"));
        assertEquals(List.of(), listed("/slots?companyId=" + s.b().id(), recA, "slotId"), "a filter never widens the scope");
        assertEquals(List.of(s.slotA()), listed("/slots", ivA, "slotId"));
        assertEquals(List.of(s.slotB()), listed("/slots", recB, "slotId"));

        assertTrue(listed("/schedules", admin, "scheduleId").containsAll(List.of(s.bookingA(), s.bookingB())));
        assertEquals(List.of(s.bookingA()), listed("/schedules", recA, "scheduleId"));
        assertEquals(List.of(s.bookingA()), listed("/schedules", ivA, "scheduleId"));
        assertEquals(List.of(), listed("/schedules", s.a2().token(), "scheduleId"));
        assertEquals(List.of(s.bookingA()), listed("/schedules", s.candidateA().token(), "scheduleId"));
        assertEquals(List.of(s.bookingB()), listed("/schedules", s.candidateB().token(), "scheduleId"));

        assertEquals(List.of(s.conflictA()), listed("/conflicts", recA, "conflictId"));
        assertEquals(List.of(s.conflictA()), listed("/conflicts", s.a2().token(), "conflictId"));
        assertEquals(List.of(), listed("/conflicts", ivA, "conflictId"));
        assertEquals(List.of(), listed("/conflicts", recB, "conflictId"), "B's slot lies inside B's pattern");
        assertTrue(listed("/conflicts", admin, "conflictId").contains(s.conflictA()));

        assertEquals(List.of(s.patternA()), listed("/availability", recA, "availabilityId"));
        assertEquals(List.of(s.patternA()), listed("/availability", ivA, "availabilityId"));
        assertEquals(List.of(), listed("/availability", s.a2().token(), "availabilityId"));
        assertEquals(1, api.get(BASE + "/availability", recB).list().size());

        Map<String, Object> day = Map.of("startDate", s.day().toString(), "endDate", s.day().toString());
        Map<String, Object> bOnly = new HashMap<>(day);
        bOnly.put("companyId", s.b().id());
        assertEquals(List.of(s.slotA(), s.slotA2()), ids(api.post(BASE + "/slots/search", day, recA), "slotId"));
        assertEquals(List.of(), api.post(BASE + "/slots/search", bOnly, recA).list());
        assertEquals(List.of(s.slotA(), s.slotA2()), ids(api.post(BASE + "/slots/search", day, s.candidateA().token()), "slotId"),
                "a candidate searches the open slots of the companies interviewing them");
        assertEquals(List.of(), api.post(BASE + "/slots/search", day, s.candidateB().token()).list(), "B's only slot is full");
        String range = "?startDate=" + s.day() + "&endDate=" + s.day();
        assertEquals(List.of(s.slotA()), listed("/available-slots" + range, ivA, "slotId"));
        assertEquals(List.of(), listed("/available-slots" + range, recB, "slotId"));

        assertEquals(Set.of("slot-" + s.slotA() + "@slotledger", "slot-" + s.slotA2() + "@slotledger",
                "booking-" + s.bookingA() + "@slotledger"), Set.copyOf(listed("/calendar" + range, recA, "uid")));
        assertEquals(Set.of("slot-" + s.slotA() + "@slotledger", "booking-" + s.bookingA() + "@slotledger"),
                Set.copyOf(listed("/calendar" + range, ivA, "uid")));
        assertEquals(List.of("booking-" + s.bookingB() + "@slotledger"), listed("/calendar" + range, s.candidateB().token(), "uid"));
        String icsB = client.toBlocking().retrieve(HttpRequest.GET(BASE + "/calendar.ics" + range).bearerAuth(recB)
                .accept(MediaType.of("text/calendar")));
        assertTrue(icsB.contains(s.slotB()) && icsB.contains(s.bookingB()), icsB);
        assertTrue(!icsB.contains(s.slotA()) && !icsB.contains(s.bookingA()) && !icsB.contains(s.a().id()), icsB);

        assertEquals(200, api.get(BASE + "/" + s.interviewA(), s.candidateA().token()).status());
        assertEquals(200, api.get(BASE + "/" + s.interviewA(), recA).status());
        refused(api.get(BASE + "/" + s.interviewA(), s.candidateB().token()), 404, "INTERVIEW_NOT_FOUND");
        refused(api.get(BASE + "/" + s.interviewA(), recB), 404, "INTERVIEW_NOT_FOUND");

        Api.User companyless = world.user(Set.of("RECRUITER"), null);
        Reply nothing = api.get(BASE + "/slots", companyless.token());
        assertEquals(200, nothing.status(), nothing.toString());
        assertEquals(List.of(), nothing.list(), "a recruiter without a company sees nothing");
        assertEquals(List.of(), api.get(BASE + "/schedules", companyless.token()).list());
        refused(world.slot(companyless.token(), s.a().interviewer().id(), at(s.day(), "15:00", BERLIN),
                at(s.day(), "16:00", BERLIN), BERLIN, 1), 403, "OUT_OF_SCOPE");
    }

    @Test
    void noCommandReachesAnotherCompanysOrPersonsRecords() {
        Setting s = setting();
        String recA = s.a().recruiter().token();
        String recB = s.b().recruiter().token();
        LocalDate day = s.day();

        refused(world.slot(recB, s.a().interviewer().id(), at(day, "15:00", BERLIN), at(day, "16:00", BERLIN), BERLIN, 1),
                403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/slots", slotBody(s.a().interviewer().id(), s.b().id(), at(day, "15:00", BERLIN),
                at(day, "16:00", BERLIN), BERLIN, 1), recA), 403, "OUT_OF_SCOPE");
        refused(world.slot(s.a().interviewer().token(), s.a2().id(), at(day, "15:00", BERLIN), at(day, "16:00", BERLIN),
                BERLIN, 1), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/slots", slotBody(s.a().interviewer().id(), s.b().id(), at(day, "15:00", BERLIN),
                at(day, "16:00", BERLIN), BERLIN, 1), admin), 409, "INTERVIEW_COMPANY_MISMATCH");
        refused(api.post(BASE + "/slots", slotBody("nobody-at-all", s.a().id(), at(day, "15:00", BERLIN),
                at(day, "16:00", BERLIN), BERLIN, 1), admin), 404, "USER_NOT_FOUND");
        refused(api.post(BASE, Map.of("candidateId", "x", "companyId", s.a().id()), recB), 403, "OUT_OF_SCOPE");

        refused(world.book(s.slotA(), s.interviewA(), recB), 403, "OUT_OF_SCOPE");
        refused(world.book(s.slotA(), s.interviewA(), s.candidateB().token()), 403, "OUT_OF_SCOPE");
        refused(world.book(s.slotA(), s.interviewB(), recB), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/slots/" + s.slotB() + "/release", Map.of("interviewId", s.interviewB()), recA), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/schedules/" + s.bookingA() + "/confirm", null, recB), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/schedules/" + s.bookingA() + "/confirm", null, s.b().interviewer().token()), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/schedules/" + s.bookingA() + "/confirm", null, s.a2().token()), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/schedules/" + s.bookingA() + "/cancel", Map.of(), s.candidateB().token()), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/schedules/" + s.bookingA() + "/cancel", Map.of(), recB), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/schedules/" + s.bookingA() + "/reschedule", Map.of("slotId", s.slotB()), recB), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/schedules/" + s.bookingA() + "/reschedule", Map.of("slotId", s.slotB()), recA), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/schedules/" + s.bookingA() + "/reschedule", Map.of("slotId", s.slotB()),
                s.candidateA().token()), 409, "INTERVIEW_COMPANY_MISMATCH");

        refused(api.put(BASE + "/availability/" + s.patternA(), weekly(null, 3, "08:00", "12:00"), recB), 403, "OUT_OF_SCOPE");
        refused(api.put(BASE + "/availability/" + s.patternA(), weekly(null, 3, "08:00", "12:00"), s.a2().token()), 403, "OUT_OF_SCOPE");
        refused(api.delete(BASE + "/availability/" + s.patternA(), recB), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/availability", weekly(s.a().interviewer().id(), 1, "09:00", "10:00"), recB), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/conflicts/" + s.conflictA() + "/resolve", Map.of("resolution", "RESOLVED"), recB), 403,
                "OUT_OF_SCOPE");

        long position = ok(api.post(BASE + "/schedules/" + s.bookingA() + "/confirm", null, s.a().interviewer().token())).position();
        assertEquals("CONFIRMED", api.get(BASE + "/schedules?minPosition=" + position, s.candidateA().token()).list().get(0)
                .get("status"), "the slot's own interviewer may confirm");
        ok(api.post(BASE + "/schedules/" + s.bookingB() + "/cancel", Map.of("reason", "mine"), s.candidateB().token()));
        ok(api.post(BASE + "/conflicts/" + s.conflictA() + "/resolve", Map.of("resolution", "RESCHEDULED"), recA));
    }
}
