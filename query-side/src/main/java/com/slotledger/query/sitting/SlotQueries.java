package com.slotledger.query.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** SQL shared by the sitting queries, and strict parsing of their query parameters (a bad one is a 400). */
final class SlotQueries {

    static final String SLOT = """
            SELECT s.*, r.name AS room_name, m.code AS semester_code FROM sitting_slot_view s
            LEFT JOIN sitting_room_view r ON r.room_id = s.room_id
            LEFT JOIN sitting_semester_view m ON m.semester_id = s.semester_id""";

    /** One attendance record with its student, slot and the subjects the student sits there (enrolled). */
    static final String ATTENDANCE = """
            SELECT a.attendance_id, a.slot_id, a.student_id, st.roll_number, st.name AS student_name, a.status,
                   a.needs_review, a.review_reason, a.method, a.remark, a.marked_by, a.marked_at, a.confidence,
                   a.detected_at, a.evidence_hash, a.evidence_media_type, a.opened_at, s.starts_at, s.zone, s.category,
                   m.code AS semester_code, rm.name AS room_name,
                   ARRAY(SELECT COALESCE(sub.code, p.subject_id) FROM sitting_participant_view p
                         LEFT JOIN sitting_subject_view sub ON sub.subject_id = p.subject_id
                         WHERE p.slot_id = a.slot_id AND p.student_id = a.student_id AND p.enrolled
                         ORDER BY 1) AS subject_codes
            FROM sitting_attendance_view a
            JOIN sitting_slot_view s ON s.slot_id = a.slot_id
            LEFT JOIN sitting_semester_view m ON m.semester_id = s.semester_id
            LEFT JOIN sitting_room_view rm ON rm.room_id = s.room_id
            LEFT JOIN sitting_student_view st ON st.student_id = a.student_id""";

    /** One participant with the subject's code and the student's roll number and name. */
    static final String PARTICIPANT = """
            SELECT p.*, sub.code AS subject_code, sub.name AS subject_name, st.roll_number, st.name AS student_name,
                   a.attendance_id, a.status AS attendance_status
            FROM sitting_participant_view p
            LEFT JOIN sitting_subject_view sub ON sub.subject_id = p.subject_id
            LEFT JOIN sitting_student_view st ON st.student_id = p.student_id
            LEFT JOIN sitting_attendance_view a ON a.slot_id = p.slot_id AND a.student_id = p.student_id""";

    private SlotQueries() {
    }

    static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, name + ": " + value + " is not an ISO-8601 instant.");
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, name + ": " + value + " is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
