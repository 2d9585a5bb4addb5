package com.slotledger.query.sitting;

import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The attendance report of a slot and the rows of the attendance export, read from the sitting views. */
@Singleton
class AttendanceReports {

    static final List<String> EXPORT_COLUMNS = List.of("slotId", "semester", "room", "category", "startsAt", "zone",
            "localStart", "rollNumber", "studentName", "studentId", "subjects", "status", "needsReview", "reviewReason",
            "method", "remark", "markedBy", "markedAt", "confidence", "detectedAt");

    private final SittingSql sql;

    AttendanceReports(SittingSql sql) {
        this.sql = sql;
    }

    @Introspected
    record SubjectLine(String subjectId, String code, String name, long participants, long present, long absent,
                       long notYet) {
    }

    @Introspected
    record Report(Map<String, Object> slot, long total, Map<String, Long> byStatus, long needsReview,
                  List<SubjectLine> subjects, List<Map<String, Object>> reviewList, long detectionsAccepted,
                  Map<String, Long> detectionsRejected) {
    }

    /** Counts by status, per subject (enrolled participants), the needsReview list, and the detections. */
    Report report(Map<String, Object> slot) {
        String slotId = (String) slot.get("slotId");
        Map<String, Long> byStatus = new TreeMap<>(Map.of("NOT_YET", 0L, "PRESENT", 0L, "ABSENT", 0L));
        sql.rows("SELECT status, count(*) AS n FROM sitting_attendance_view WHERE slot_id = ? GROUP BY status", slotId)
                .forEach(row -> byStatus.put((String) row.get("status"), number(row.get("n"))));
        List<Map<String, Object>> review = sql.rows(SlotQueries.ATTENDANCE
                + " WHERE a.slot_id = ? AND a.needs_review ORDER BY st.roll_number, a.attendance_id", slotId);
        List<SubjectLine> subjects = new ArrayList<>();
        sql.rows("""
                SELECT ss.subject_id, sub.code, sub.name,
                       count(p.participant_id) AS participants,
                       count(*) FILTER (WHERE a.status = 'PRESENT') AS present,
                       count(*) FILTER (WHERE a.status = 'ABSENT') AS absent,
                       count(*) FILTER (WHERE a.status = 'NOT_YET') AS not_yet
                FROM sitting_slot_subject_view ss
                LEFT JOIN sitting_subject_view sub ON sub.subject_id = ss.subject_id
                LEFT JOIN sitting_participant_view p ON p.slot_id = ss.slot_id AND p.subject_id = ss.subject_id AND p.enrolled
                LEFT JOIN sitting_attendance_view a ON a.slot_id = p.slot_id AND a.student_id = p.student_id
                WHERE ss.slot_id = ? AND ss.active
                GROUP BY ss.subject_id, sub.code, sub.name ORDER BY sub.code, ss.subject_id""", slotId)
                .forEach(row -> subjects.add(new SubjectLine((String) row.get("subjectId"), (String) row.get("code"),
                        (String) row.get("name"), number(row.get("participants")), number(row.get("present")),
                        number(row.get("absent")), number(row.get("notYet")))));
        long accepted = 0;
        Map<String, Long> rejected = new TreeMap<>();
        for (Map<String, Object> row : sql.rows("SELECT accepted, reason, count(*) AS n FROM sitting_detection_view"
                + " WHERE slot_id = ? GROUP BY accepted, reason", slotId)) {
            if (Boolean.TRUE.equals(row.get("accepted"))) {
                accepted += number(row.get("n"));
            } else {
                rejected.put((String) row.get("reason"), number(row.get("n")));
            }
        }
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Report(slot, total, byStatus, review.size(), subjects, review, accepted, rejected);
    }

    /** One row per attendance record of the given slots, in slot order then roll number. */
    List<List<Object>> exportRows(List<String> slotIds) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : sql.rows(SlotQueries.ATTENDANCE
                + " WHERE a.slot_id = ANY (?) ORDER BY s.starts_at, a.slot_id, st.roll_number, a.attendance_id", slotIds)) {
            Instant start = (Instant) r.get("startsAt");
            ZoneId zone = ZoneId.of((String) r.get("zone"));
            rows.add(Arrays.asList(r.get("slotId"), r.get("semesterCode"), r.get("roomName"), r.get("category"),
                    start.toString(), zone.getId(), start.atZone(zone).toLocalDateTime().toString(), r.get("rollNumber"),
                    r.get("studentName"), r.get("studentId"), String.join(" ", strings(r.get("subjectCodes"))),
                    r.get("status"), r.get("needsReview"), r.get("reviewReason"), r.get("method"), r.get("remark"),
                    r.get("markedBy"), text(r.get("markedAt")), r.get("confidence"), text(r.get("detectedAt"))));
        }
        return rows;
    }

    private static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        if (list instanceof List<?> values) {
            values.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
