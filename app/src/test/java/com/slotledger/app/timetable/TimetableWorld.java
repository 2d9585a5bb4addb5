package com.slotledger.app.timetable;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds timetable scenarios over HTTP: the sitting's semester, rooms and lecturers, then course groups. */
final class TimetableWorld {

    static final String T = "/api/v1/timetable";

    final Api api;
    final String admin;
    long position;

    TimetableWorld(Api api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    synchronized Reply ok(Reply reply) {
        if (reply.status() >= 300) {
            throw new AssertionError("unexpected answer: " + reply);
        }
        if (reply.body() instanceof Map<?, ?> map && map.get("position") instanceof Number number) {
            position = Math.max(position, number.longValue());
        }
        return reply;
    }

    String semester() {
        return ok(api.post("/api/v1/semesters", Map.of("code", unique("SEM"), "startDate", "2027-01-01",
                "endDate", "2027-12-31"), admin)).string("id");
    }

    String room() {
        return ok(api.post("/api/v1/rooms", Map.of("name", unique("ROOM"), "capacity", 40), admin)).string("id");
    }

    /** A LECTURER account with its staff record: its id is the lecturer id of a course group. */
    Api.User lecturer() {
        Api.User user = api.user(admin, Set.of("LECTURER"), null);
        ok(api.post("/api/v1/staff", Map.of("userId", user.id(), "name", "Lecturer " + user.username(),
                "kind", "LECTURER"), admin));
        return user;
    }

    static Map<String, Object> group(String semester, String room, String day, String start, String end, String zone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("Group"));
        body.put("semesterId", semester);
        body.put("day", day);
        body.put("startTime", start);
        body.put("endTime", end);
        body.put("roomId", room);
        body.put("zone", zone);
        return body;
    }

    String createGroup(Map<String, Object> body) {
        return ok(api.post(T + "/course-groups", body, admin)).string("id");
    }

    Reply generate(String group, String startDate, String endDate, boolean force) {
        return ok(api.post(T + "/sessions/generate", Map.of("courseGroupId", group, "startDate", startDate,
                "endDate", endDate, "force", force), admin));
    }

    List<Map<String, Object>> sessions(String query) {
        return ok(api.get(T + "/sessions?minPosition=" + position + (query.isEmpty() ? "" : "&" + query), admin)).list();
    }

    static String unique(String prefix) {
        return Api.unique(prefix).toUpperCase();
    }
}
