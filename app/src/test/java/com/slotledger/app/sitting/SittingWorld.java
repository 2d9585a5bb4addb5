package com.slotledger.app.sitting;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a sitting's reference data over HTTP: a semester, a room, subjects, students with enrolments, staff. */
final class SittingWorld {

    final Api api;
    final String admin;
    long position;

    SittingWorld(Api api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    Reply ok(Reply reply) {
        if (reply.status() >= 300) {
            throw new AssertionError("unexpected answer: " + reply);
        }
        if (reply.body() instanceof Map<?, ?> map && map.get("position") instanceof Number number) {
            position = Math.max(position, number.longValue());
        }
        return reply;
    }

    String semester(String code) {
        return ok(api.post("/api/v1/semesters", Map.of("code", code, "startDate", "2026-09-01", "endDate", "2026-12-31"), admin)).string("id");
    }

    String room(String name) {
        return ok(api.post("/api/v1/rooms", Map.of("name", name, "capacity", 40), admin)).string("id");
    }

    String subject(String code) {
        return ok(api.post("/api/v1/subjects", Map.of("code", code, "name", "Subject " + code), admin)).string("id");
    }

    /** A CANDIDATE account registered as a student; returns the account (its id is the student id). */
    Api.User student(String rollNumber) {
        Api.User user = api.user(admin, Set.of("CANDIDATE"), null);
        ok(api.post("/api/v1/students", Map.of("userId", user.id(), "rollNumber", rollNumber, "name", "Student " + rollNumber), admin));
        return user;
    }

    void enrol(String studentId, String subjectId, String semesterId) {
        ok(api.post("/api/v1/enrolments", Map.of("studentId", studentId, "subjectId", subjectId, "semesterId", semesterId), admin));
    }

    Api.User supervisor() {
        Api.User user = api.user(admin, Set.of("SUPERVISOR"), null);
        ok(api.post("/api/v1/staff", Map.of("userId", user.id(), "name", "Supervisor " + user.username(), "kind", "SUPERVISOR"), admin));
        return user;
    }

    Map<String, Object> slotBody(String semesterId, String roomId, String start, String end, String category,
                                 List<String> supervisors) {
        Map<String, Object> body = new HashMap<>();
        body.put("semesterId", semesterId);
        body.put("roomId", roomId);
        body.put("startsAt", start);
        body.put("endsAt", end);
        body.put("zone", "Europe/Berlin");
        body.put("category", category);
        body.put("supervisorIds", new ArrayList<>(supervisors));
        return body;
    }

    String slot(String semesterId, String roomId, String start, String end, String category, List<String> supervisors) {
        return ok(api.post("/api/v1/slots", slotBody(semesterId, roomId, start, end, category, supervisors), admin)).string("id");
    }

    /** An exam slot with one subject and the given students enrolled and added as participants. */
    String examWith(String semesterId, String roomId, String start, String end, String subjectId,
                    List<String> supervisors, List<String> students) {
        String slot = slot(semesterId, roomId, start, end, "FINAL_EXAM", supervisors);
        ok(api.post("/api/v1/exam-slots/" + slot + "/subjects", Map.of("subjectIds", List.of(subjectId)), admin));
        for (String student : students) {
            ok(api.post("/api/v1/exam-slots/" + slot + "/participants", Map.of("subjectId", subjectId, "studentUserId", student), admin));
        }
        return slot;
    }

    static String unique(String prefix) {
        return Api.unique(prefix).toUpperCase();
    }
}
