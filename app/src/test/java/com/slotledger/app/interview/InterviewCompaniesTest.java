package com.slotledger.app.interview;

import com.slotledger.app.database.DatabasePool;
import com.slotledger.app.interview.InterviewWorld.Company;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.app.support.ProjectionWait;
import com.slotledger.app.support.ReadModelRows;
import com.slotledger.query.interview.CompanyProjection;
import com.slotledger.query.shared.Projections;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Companies and jobs as reference data over HTTP: who manages and who sees them, and that slots, series, patterns and
 * interviews refer only to existing, active ones of their own company, decided in the command's transaction even
 * against a concurrent deactivation.
 */
@MicronautTest(transactional = false)
class InterviewCompaniesTest extends IntegrationTest {

    @Inject
    DatabasePool pool;

    @Inject
    Projections projections;

    InterviewWorld world;

    @BeforeAll
    void setUp() {
        signIn();
        world = new InterviewWorld(api, admin);
    }

    private List<Map<String, Object>> companies(String query, long position, String token) {
        Reply reply = api.get(BASE + "/companies?minPosition=" + position + query, token);
        assertEquals(200, reply.status(), reply.toString());
        return reply.list();
    }

    private List<Map<String, Object>> jobs(String query, long position, String token) {
        Reply reply = api.get(BASE + "/jobs?minPosition=" + position + query, token);
        assertEquals(200, reply.status(), reply.toString());
        return reply.list();
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String field, String id) {
        return rows.stream().filter(r -> id.equals(r.get(field))).findFirst().orElseThrow(() -> new AssertionError(
                id + " not in " + rows));
    }

    @Test
    void anAdminCreatesRenamesAndDeactivatesCompaniesWhoseNamesAreUniqueAmongActiveOnes() {
        String id = Api.unique("acme");
        Reply created = ok(api.post(BASE + "/companies", Map.of("companyId", id, "name", "Acme " + id), admin));
        assertEquals(201, created.status());
        assertEquals(id, created.string("id"));
        refused(api.post(BASE + "/companies", Map.of("companyId", id, "name", "Other " + id), admin), 409, "COMPANY_ID_TAKEN");
        refused(api.post(BASE + "/companies", Map.of("name", "ACME " + id.toUpperCase()), admin), 409, "COMPANY_NAME_TAKEN");
        refused(api.post(BASE + "/companies", Map.of("companyId", "not an id!", "name", "X " + id), admin), 400,
                "VALIDATION_FAILED");
        refused(api.post(BASE + "/companies", Map.of("companyId", Api.unique("x")), admin), 400, "VALIDATION_FAILED");
        String minted = ok(api.post(BASE + "/companies", Map.of("name", "Minted " + id), admin)).string("id");
        assertEquals(36, minted.length(), "without a chosen id, a UUID is minted");

        ok(api.put(BASE + "/companies/" + id, Map.of("name", "Initech " + id), admin));
        refused(api.put(BASE + "/companies/" + id, Map.of("name", "Minted " + id), admin), 409, "COMPANY_NAME_TAKEN");
        refused(api.put(BASE + "/companies/no-such-company", Map.of("name", "Nobody " + id), admin), 404, "COMPANY_NOT_FOUND");
        refused(api.post(BASE + "/companies/no-such-company/deactivate", Map.of(), admin), 404, "COMPANY_NOT_FOUND");

        Reply deactivated = ok(api.post(BASE + "/companies/" + id + "/deactivate", Map.of("reason", "merged"), admin));
        Map<String, Object> company = row(companies("&active=false", deactivated.position(), admin), "companyId", id);
        assertEquals("Initech " + id, company.get("name"));
        assertEquals(false, company.get("active"));
        assertEquals("merged", company.get("deactivationReason"));
        assertNotNull(company.get("deactivatedBy"));
        assertNotNull(company.get("deactivatedAt"));
        assertTrue(companies("&active=true", 0, admin).stream().noneMatch(c -> id.equals(c.get("companyId"))));
        refused(api.post(BASE + "/companies/" + id + "/deactivate", Map.of(), admin), 409, "COMPANY_INACTIVE");
        refused(api.put(BASE + "/companies/" + id, Map.of("name", "Again " + id), admin), 409, "COMPANY_INACTIVE");
        ok(api.post(BASE + "/companies", Map.of("name", "Initech " + id), admin)); // a deactivated company's name is free
    }

    @Test
    void companyUsersAreCreatedOnlyForExistingActiveCompanies() {
        Map<String, Object> body = new HashMap<>(Map.of("username", Api.unique("rec").replace("-", ""),
                "password", "password-123", "roles", Set.of("RECRUITER"), "companyId", "no-such-company"));
        refused(api.post("/api/v1/users", body, admin), 404, "COMPANY_NOT_FOUND");

        String closed = world.newCompany();
        ok(api.post(BASE + "/companies/" + closed + "/deactivate", Map.of("reason", "closed"), admin));
        body.put("companyId", closed);
        refused(api.post("/api/v1/users", body, admin), 409, "COMPANY_INACTIVE");

        // the refused attempts claimed nothing: the same username is free for an active company
        body.put("companyId", world.newCompany());
        assertEquals(201, api.post("/api/v1/users", body, admin).status());
    }

    @Test
    void aRecruiterManagesTheirOwnCompanysJobsAndEveryoneSeesOnlyTheirCompaniesAndJobs() {
        Company a = world.company();
        Company b = world.company();
        String recA = a.recruiter().token();
        String recB = b.recruiter().token();
        String job = ok(api.post(BASE + "/jobs", Map.of("title", "Data engineer", "description", "SQL"), recA)).string("id");
        refused(api.post(BASE + "/jobs", Map.of("companyId", b.id(), "title", "Spy"), recA), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/jobs", Map.of("title", "Whose?"), admin), 400, "VALIDATION_FAILED");
        refused(api.post(BASE + "/jobs", Map.of("companyId", "no-such-company", "title", "X"), admin), 404, "COMPANY_NOT_FOUND");
        refused(api.post(BASE + "/jobs", Map.of("title", " "), recA), 400, "VALIDATION_FAILED");
        String adminJob = ok(api.post(BASE + "/jobs", Map.of("companyId", b.id(), "title", "Made by admin"), admin)).string("id");

        ok(api.put(BASE + "/jobs/" + job, Map.of("title", "Senior data engineer"), recA));
        refused(api.put(BASE + "/jobs/" + job, Map.of("title", "Mine now"), recB), 403, "OUT_OF_SCOPE");
        refused(api.post(BASE + "/jobs/" + job + "/deactivate", Map.of(), recB), 403, "OUT_OF_SCOPE");
        refused(api.put(BASE + "/jobs/no-such-job", Map.of("title", "X"), recA), 404, "JOB_NOT_FOUND");
        refused(api.post(BASE + "/jobs/no-such-job/deactivate", Map.of(), admin), 404, "JOB_NOT_FOUND");
        long position = ok(api.post(BASE + "/jobs/" + job + "/deactivate", Map.of("reason", "filled"), recA)).position();
        refused(api.put(BASE + "/jobs/" + job, Map.of("title", "Revived"), recA), 409, "JOB_INACTIVE");
        refused(api.post(BASE + "/jobs/" + job + "/deactivate", Map.of(), admin), 409, "JOB_INACTIVE");

        Map<String, Object> row = row(jobs("", position, recA), "jobId", job);
        assertEquals(a.id(), row.get("companyId"));
        assertEquals("Senior data engineer", row.get("title"));
        assertEquals(null, row.get("description"), "a change replaces the description too");
        assertEquals(false, row.get("active"));
        assertEquals("filled", row.get("deactivationReason"));
        assertEquals(a.recruiter().id(), row.get("deactivatedBy"));
        assertEquals(Set.of(a.jobId(), job), Set.copyOf(ids(api.get(BASE + "/jobs", recA), "jobId")));
        assertEquals(Set.of(a.jobId(), job), Set.copyOf(ids(api.get(BASE + "/jobs", a.interviewer().token()), "jobId")));
        assertEquals(List.of(a.jobId()), ids(api.get(BASE + "/jobs?active=true", recA), "jobId"));
        assertEquals(Set.of(b.jobId(), adminJob), Set.copyOf(ids(api.get(BASE + "/jobs", recB), "jobId")));
        assertEquals(List.of(), api.get(BASE + "/jobs?companyId=" + b.id(), recA).list(), "a filter never widens the scope");
        assertEquals(Set.of(b.jobId(), adminJob), Set.copyOf(ids(api.get(BASE + "/jobs?companyId=" + b.id(), admin),
                "jobId")));

        assertEquals(List.of(a.id()), ids(api.get(BASE + "/companies", recA), "companyId"));
        assertEquals(List.of(a.id()), ids(api.get(BASE + "/companies", a.interviewer().token()), "companyId"));
        assertEquals(List.of(b.id()), ids(api.get(BASE + "/companies", recB), "companyId"));
        assertTrue(ids(api.get(BASE + "/companies", admin), "companyId").containsAll(List.of(a.id(), b.id())));
        Api.User candidate = world.candidate();
        long interview = world.newInterview(recA, candidate.id()).position();
        world.await(interview);
        assertEquals(List.of(a.id()), ids(api.get(BASE + "/companies", candidate.token()), "companyId"),
                "a candidate sees the companies interviewing them");
        assertEquals(Set.of(a.jobId(), job), Set.copyOf(ids(api.get(BASE + "/jobs", candidate.token()), "jobId")));
        assertEquals(List.of(), api.get(BASE + "/companies", world.candidate().token()).list());
        Api.User companyless = world.user(Set.of("RECRUITER"), null);
        assertEquals(List.of(), api.get(BASE + "/companies", companyless.token()).list());
        assertEquals(List.of(), api.get(BASE + "/jobs", companyless.token()).list());
        refused(api.post(BASE + "/jobs", Map.of("title", "Orphan"), companyless.token()), 403, "OUT_OF_SCOPE");
    }

    @Test
    void slotsSeriesPatternsAndInterviewsReferToActiveCompaniesAndToJobsOfTheirOwnCompany() {
        Company a = world.company();
        Company b = world.company();
        String recA = a.recruiter().token();
        String ivy = a.interviewer().id();
        LocalDate day = day(9, DayOfWeek.TUESDAY);
        Api.User freelancer = world.user(Set.of("INTERVIEWER"), null);
        refused(api.post(BASE + "/slots", slotBody(freelancer.id(), "no-such-company", at(day, "09:00", BERLIN),
                at(day, "10:00", BERLIN), BERLIN, 1), admin), 404, "COMPANY_NOT_FOUND");
        refused(slot(recA, ivy, day, "09:00", "no-such-job"), 404, "JOB_NOT_FOUND");
        refused(slot(recA, ivy, day, "09:00", b.jobId()), 409, "JOB_COMPANY_MISMATCH");
        refused(interview(recA, b.jobId()), 409, "JOB_COMPANY_MISMATCH");
        refused(series(recA, ivy, day, b.jobId()), 409, "JOB_COMPANY_MISMATCH");
        Reply withJob = ok(interview(recA, a.jobId()));
        assertEquals(a.jobId(), api.get(BASE + "/" + withJob.string("id") + "?minPosition=" + withJob.position(), recA)
                .json().get("jobId"));
        Reply existing = ok(slot(recA, ivy, day, "09:00", a.jobId()));

        ok(api.post(BASE + "/jobs/" + a.jobId() + "/deactivate", Map.of(), recA));
        refused(slot(recA, ivy, day, "11:00", a.jobId()), 409, "JOB_INACTIVE");
        refused(series(recA, ivy, day, a.jobId()), 409, "JOB_INACTIVE");
        refused(interview(recA, a.jobId()), 409, "JOB_INACTIVE");
        ok(slot(recA, ivy, day, "11:00", null));

        ok(api.post(BASE + "/companies/" + a.id() + "/deactivate", Map.of("reason", "closed"), admin));
        refused(slot(recA, ivy, day, "13:00", null), 409, "COMPANY_INACTIVE");
        refused(series(recA, ivy, day, null), 409, "COMPANY_INACTIVE");
        refused(interview(recA, null), 409, "COMPANY_INACTIVE");
        refused(api.post(BASE + "/availability", weekly(ivy, 2, "09:00", "17:00"), recA), 409, "COMPANY_INACTIVE");
        refused(api.post(BASE + "/jobs", Map.of("title", "Too late"), recA), 409, "COMPANY_INACTIVE");
        Map<String, Object> kept = api.get(BASE + "/slots?minPosition=" + existing.position(), recA).list().stream()
                .filter(s -> existing.string("id").equals(s.get("slotId"))).findFirst().orElseThrow();
        assertEquals("AVAILABLE", kept.get("status"), "deactivation closes a company to new records, not its existing ones");
        ok(api.post(BASE + "/slots/" + existing.string("id") + "/cancel", Map.of("reason", "company closed"), recA));
    }

    /**
     * Slot creations racing a deactivation: each creation reads the company under a share lock, which the
     * deactivation's update waits for. So every slot that got in was written before the deactivation (its events
     * come first in the store), and every later attempt is refused: none slips in after it.
     */
    @Test
    void aDeactivationRacingSlotCreationsLetsNoSlotInAfterIt() throws Exception {
        Company c = world.company();
        LocalDate day = day(11, DayOfWeek.WEDNESDAY);
        int creators = 12;
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < creators; i++) {
            String start = String.format("%02d:00", 8 + i);
            calls.add(() -> outcome(slot(c.recruiter().token(), c.interviewer().id(), day, start, c.jobId()), "SLOT"));
        }
        calls.add(creators / 2, () -> outcome(api.post(BASE + "/companies/" + c.id() + "/deactivate", Map.of(), admin),
                "DEACTIVATED"));
        List<String> outcomes = race(calls);

        long deactivation = outcomes.stream().filter(o -> o.startsWith("DEACTIVATED ")).mapToLong(o -> Long.parseLong(o
                .split(" ")[1])).findFirst().orElseThrow(() -> new AssertionError(outcomes.toString()));
        for (String outcome : outcomes) {
            assertTrue(outcome.startsWith("DEACTIVATED ") || outcome.startsWith("SLOT ") || outcome.equals("COMPANY_INACTIVE"),
                    outcomes.toString());
            if (outcome.startsWith("SLOT ")) {
                assertTrue(Long.parseLong(outcome.split(" ")[1]) < deactivation, outcomes.toString());
            }
        }
        refused(slot(c.recruiter().token(), c.interviewer().id(), day, "21:00", null), 409, "COMPANY_INACTIVE");
    }

    @Test
    void aReplayRebuildsTheCompanyAndJobViewsRowForRow() throws Exception {
        Company a = world.company();
        ok(api.put(BASE + "/companies/" + a.id(), Map.of("name", "Replayed " + a.id()), admin));
        ok(api.put(BASE + "/jobs/" + a.jobId(), Map.of("title", "Replayed job", "description", "d"), a.recruiter().token()));
        long last = ok(api.post(BASE + "/jobs/" + a.jobId() + "/deactivate", Map.of("reason", "r"), admin)).position();
        jobs("", last, admin);
        ProjectionWait.atHead(projections, CompanyProjection.NAME, Duration.ofSeconds(30));
        List<String> before = snapshot();
        try (Connection connection = pool.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE interview_company_view SET name = 'damaged', active = NOT active");
            statement.executeUpdate("DELETE FROM interview_job_view");
        }
        assertFalse(before.equals(snapshot()));

        assertEquals(202, api.post("/api/v1/admin/projections/" + CompanyProjection.NAME + "/replay", null, admin).status());
        Reply caughtUp = api.get(BASE + "/jobs?minPosition=" + last, admin);
        for (int attempt = 0; attempt < 10 && caughtUp.status() == 503; attempt++) {
            caughtUp = api.get(BASE + "/jobs?minPosition=" + last, admin); // each waits up to the read bound
        }
        assertEquals(200, caughtUp.status(), caughtUp.toString());
        ProjectionWait.atHead(projections, CompanyProjection.NAME, Duration.ofSeconds(30));
        assertEquals(before, snapshot());
    }

    private Reply slot(String token, String interviewerId, LocalDate day, String start, String jobId) {
        Map<String, Object> body = slotBody(interviewerId, null, at(day, start, BERLIN),
                at(day, start, BERLIN).plusSeconds(3600), BERLIN, 1);
        if (jobId != null) {
            body.put("jobId", jobId);
        }
        return api.post(BASE + "/slots", body, token);
    }

    private Reply interview(String token, String jobId) {
        Map<String, Object> body = new HashMap<>(Map.of("candidateId", world.candidate().id()));
        if (jobId != null) {
            body.put("jobId", jobId);
        }
        return api.post(BASE, body, token);
    }

    private Reply series(String token, String interviewerId, LocalDate day, String jobId) {
        Map<String, Object> body = new HashMap<>(Map.of("interviewerId", interviewerId, "startDate", day.toString(),
                "endDate", day.toString(), "startTime", "15:00", "endTime", "17:00", "daysOfWeek",
                List.of(day.getDayOfWeek().getValue()), "slotDuration", 60, "zone", BERLIN));
        if (jobId != null) {
            body.put("jobId", jobId);
        }
        return api.post(BASE + "/slots/recurring", body, token);
    }

    private static String outcome(Reply reply, String success) {
        return reply.status() == 200 || reply.status() == 201 ? success + " " + reply.position() : reply.string("code");
    }

    /** Runs the calls on as many threads, released together; answers their results in order. */
    private static List<String> race(List<Callable<String>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private List<String> snapshot() throws SQLException {
        List<String> rows = ReadModelRows.of(pool.dataSource(), CompanyProjection.TABLES, "1");
        assertFalse(rows.isEmpty());
        return rows;
    }
}
