package com.slotledger.app.interview;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Companies with their recruiters and interviewers, candidates, interviews and slots, made over HTTP. Read-your-writes
 * holds per aggregate: a read of several aggregates' rows first awaits each one's position ({@link #await}).
 */
final class InterviewWorld {

    static final String BASE = "/api/v1/interviews";
    static final String BERLIN = "Europe/Berlin";

    private final Api api;
    private final String admin;

    InterviewWorld(Api api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    /** A company with a recruiter, an interviewer and one job, all made over HTTP. */
    record Company(String id, Api.User recruiter, Api.User interviewer, String jobId) {
    }

    Company company() {
        String id = newCompany();
        Api.User recruiter = user(Set.of("RECRUITER"), id);
        return new Company(id, recruiter, user(Set.of("INTERVIEWER"), id), newJob(recruiter.token(), "Backend developer"));
    }

    /** A company (as admin); answers its id. */
    String newCompany() {
        String id = Api.unique("co");
        ok(api.post(BASE + "/companies", Map.of("companyId", id, "name", "Company " + id), admin));
        return id;
    }

    /** A job of the recruiter's company; answers its id. */
    String newJob(String recruiterToken, String title) {
        return ok(api.post(BASE + "/jobs", Map.of("title", title), recruiterToken)).string("id");
    }

    Api.User user(Set<String> roles, String companyId) {
        String username = Api.unique("iv").replace("-", "");
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", "password-123", "roles", roles));
        if (companyId != null) {
            body.put("companyId", companyId);
        }
        Reply reply = api.post("/api/v1/users", body, admin);
        assertEquals(201, reply.status(), reply.toString());
        return new Api.User(reply.string("id"), username, api.token(username, "password-123"));
    }

    Api.User candidate() {
        return user(Set.of("CANDIDATE"), null);
    }

    /** An interview of the candidate with the recruiter's company, already in the read model; answers its id. */
    String interview(String recruiterToken, String candidateId) {
        Reply created = newInterview(recruiterToken, candidateId);
        await(created.position());
        return created.string("id");
    }

    Reply newInterview(String recruiterToken, String candidateId) {
        return ok(api.post(BASE, Map.of("candidateId", candidateId, "round", 1), recruiterToken));
    }

    /** Waits until the interview read model holds each position's aggregate up to that position. */
    void await(long... positions) {
        for (long position : positions) {
            Reply reply = api.get(BASE + "/availability?interviewerId=-&minPosition=" + position, admin);
            assertEquals(200, reply.status(), reply.toString());
        }
    }

    /** Awaits every created occurrence of a recurring creation's report. */
    @SuppressWarnings("unchecked")
    void awaitSeries(Reply report) {
        for (Map<String, Object> occurrence : (List<Map<String, Object>>) report.json().get("created")) {
            await(((Number) occurrence.get("position")).longValue());
        }
    }

    /** A future weekday, {@code weeks} weeks ahead, so tests never meet the past or each other's days. */
    static LocalDate day(int weeks, DayOfWeek weekday) {
        return LocalDate.now(ZoneOffset.UTC).plusWeeks(weeks).with(TemporalAdjusters.next(weekday));
    }

    static Instant at(LocalDate day, String time, String zone) {
        return day.atTime(LocalTime.parse(time)).atZone(ZoneId.of(zone)).toInstant();
    }

    static Map<String, Object> slotBody(String interviewerId, String companyId, Instant start, Instant end, String zone,
                                        int max) {
        Map<String, Object> body = new HashMap<>(Map.of("startTime", start.toString(), "endTime", end.toString(),
                "zone", zone, "maxCandidates", max));
        if (interviewerId != null) {
            body.put("interviewerId", interviewerId);
        }
        if (companyId != null) {
            body.put("companyId", companyId);
        }
        return body;
    }

    Reply slot(String token, String interviewerId, Instant start, Instant end, String zone, int max) {
        return api.post(BASE + "/slots", slotBody(interviewerId, null, start, end, zone, max), token);
    }

    /** A slot of the company's interviewer for its job, created by its recruiter; answers its receipt. */
    Reply slot(Company company, Instant start, Instant end, int max) {
        Map<String, Object> body = slotBody(company.interviewer().id(), null, start, end, BERLIN, max);
        body.put("jobId", company.jobId());
        return ok(api.post(BASE + "/slots", body, company.recruiter().token()));
    }

    Reply book(String slotId, String interviewId, String token) {
        return api.post(BASE + "/slots/" + slotId + "/book", Map.of("interviewId", interviewId), token);
    }

    static Map<String, Object> weekly(String interviewerId, int dayOfWeek, String from, String to) {
        Map<String, Object> body = new HashMap<>(Map.of("dayOfWeek", dayOfWeek, "startTime", from, "endTime", to,
                "zone", BERLIN));
        if (interviewerId != null) {
            body.put("interviewerId", interviewerId);
        }
        return body;
    }

    static Reply ok(Reply reply) {
        if (reply.status() != 200 && reply.status() != 201) {
            throw new AssertionError("expected success: " + reply);
        }
        return reply;
    }

    static void refused(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals(code, reply.string("code"), reply.toString());
        assertTrue(reply.contentType() != null && reply.contentType().startsWith("application/problem+json"), reply.toString());
    }

    static List<String> ids(Reply listing, String field) {
        return listing.list().stream().map(row -> String.valueOf(row.get(field))).toList();
    }
}
