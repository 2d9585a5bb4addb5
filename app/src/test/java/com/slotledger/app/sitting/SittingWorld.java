package com.slotledger.app.sitting;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.command.sitting.SittingIds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a sitting's reference data over HTTP: a semester, a room, subjects, students with enrolments, staff. */
final class SittingWorld {

    final Api api;
    final String admin;
    /** The newest slot event written through this world: sitting reads await this one. */
    long position;
    /**
     * The newest reference event: reference reads await this one. Kept apart because a projection asked to wait
     * for an event it does not handle may see its position only at its next token update.
     */
    long referencePosition;

    SittingWorld(Api api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    Reply ok(Reply reply) {
        position = Math.max(position, checked(reply));
        return reply;
    }

    /** A reference command's answer. */
    Reply reference(Reply reply) {
        referencePosition = Math.max(referencePosition, checked(reply));
        return reply;
    }

    private static long checked(Reply reply) {
        if (reply.status() >= 300) {
            throw new AssertionError("unexpected answer: " + reply);
        }
        return reply.body() instanceof Map<?, ?> map && map.get("position") instanceof Number number ? number.longValue() : 0;
    }

    String semester(String code) {
        return reference(api.post("/api/v1/semesters", Map.of("code", code, "startDate", "2026-09-01", "endDate", "2026-12-31"), admin)).string("id");
    }

    String room(String name) {
        return reference(api.post("/api/v1/rooms", Map.of("name", name, "capacity", 40), admin)).string("id");
    }

    String subject(String code) {
        return reference(api.post("/api/v1/subjects", Map.of("code", code, "name", "Subject " + code), admin)).string("id");
    }

    /** A CANDIDATE account registered as a student; returns the account (its id is the student id). */
    Api.User student(String rollNumber) {
        Api.User user = api.user(admin, Set.of("CANDIDATE"), null);
        reference(api.post("/api/v1/students", Map.of("userId", user.id(), "rollNumber", rollNumber, "name", "Student " + rollNumber), admin));
        return user;
    }

    void enrol(String studentId, String subjectId, String semesterId) {
        reference(api.post("/api/v1/enrolments", Map.of("studentId", studentId, "subjectId", subjectId, "semesterId", semesterId), admin));
    }

    Api.User supervisor() {
        return staff(api.user(admin, Set.of("SUPERVISOR"), null));
    }

    /** Registers an account as a supervising staff member. */
    Api.User staff(Api.User user) {
        reference(api.post("/api/v1/staff", Map.of("userId", user.id(), "name", "Supervisor " + user.username(), "kind", "SUPERVISOR"), admin));
        return user;
    }

    /** Waits until the reference views show every reference record written so far (names joined into sitting reads). */
    void awaitReferences() {
        ok(api.get("/api/v1/semesters?minPosition=" + referencePosition, admin));
    }

    Api.User operator() {
        return api.user(admin, Set.of("DATA_OPERATOR"), null);
    }

    /** Adds the student to the slot's subject; returns the participant id. */
    String participant(String slot, String subject, String student) {
        return ok(api.post("/api/v1/exam-slots/" + slot + "/participants", Map.of("subjectId", subject,
                "studentUserId", student), admin)).string("id");
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
        students.forEach(student -> participant(slot, subjectId, student));
        return slot;
    }

    /** A sitting ready for attendance: an exam slot with one subject, a supervisor and enrolled participants. */
    record Exam(String slot, String semester, String room, String subject, Api.User supervisor, List<Api.User> students) {
        String attendance(int student) {
            return SittingIds.attendance(slot, students.get(student).id());
        }
    }

    Exam exam(java.time.Instant start, String zone, int students) {
        return exam(start, zone, students, supervisor());
    }

    /** The same with a given supervisor (already a staff member). */
    Exam exam(java.time.Instant start, String zone, int students, Api.User supervisor) {
        String semester = semester(unique("FA"));
        String room = room(unique("R"));
        String subject = subject(unique("S"));
        List<Api.User> enrolled = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            Api.User student = student(unique("SE"));
            enrol(student.id(), subject, semester);
            enrolled.add(student);
        }
        awaitReferences();
        Map<String, Object> body = slotBody(semester, room, start.toString(), start.plusSeconds(5400).toString(),
                "FINAL_EXAM", List.of(supervisor.id()));
        body.put("zone", zone);
        String slot = ok(api.post("/api/v1/slots", body, admin)).string("id");
        ok(api.post("/api/v1/exam-slots/" + slot + "/subjects", Map.of("subjectIds", List.of(subject)), admin));
        enrolled.forEach(student -> participant(slot, subject, student.id()));
        return new Exam(slot, semester, room, subject, supervisor, enrolled);
    }

    static String unique(String prefix) {
        return Api.unique(prefix).toUpperCase();
    }
}
