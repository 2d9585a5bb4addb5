package com.slotledger.query.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.query.shared.MinPosition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A student's own exam schedule: the live slots they sit (one row per subject), with room, time and their
 * attendance. Permission OWN_SCHEDULE: CANDIDATE; the student is always the caller, never a parameter.
 */
@Controller("/api/v1/me/exam-schedule")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("CANDIDATE")
class ExamScheduleController {

    private final SittingSql sql;
    private final SittingReads reads;

    ExamScheduleController(SittingSql sql, SittingReads reads) {
        this.sql = sql;
        this.reads = reads;
    }

    /** from/to select slots overlapping [from, to). */
    @Get
    List<Map<String, Object>> schedule(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                       @Nullable @QueryValue Long minPosition,
                                       @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        Instant fromInstant = SlotQueries.instant("from", from);
        Instant toInstant = SlotQueries.instant("to", to);
        reads.await(minPosition, header);
        return sql.rows("""
                SELECT p.slot_id, p.participant_id, p.subject_id, sub.code AS subject_code, sub.name AS subject_name,
                       s.category, s.starts_at, s.ends_at, s.zone, s.room_id, r.name AS room_name,
                       m.code AS semester_code, a.attendance_id, a.status AS attendance_status
                FROM sitting_participant_view p
                JOIN sitting_slot_view s ON s.slot_id = p.slot_id
                LEFT JOIN sitting_subject_view sub ON sub.subject_id = p.subject_id
                LEFT JOIN sitting_room_view r ON r.room_id = s.room_id
                LEFT JOIN sitting_semester_view m ON m.semester_id = s.semester_id
                LEFT JOIN sitting_attendance_view a ON a.slot_id = p.slot_id AND a.student_id = p.student_id
                WHERE p.student_id = ? AND p.enrolled AND s.active
                  AND (CAST(? AS TIMESTAMPTZ) IS NULL OR s.ends_at > ?)
                  AND (CAST(? AS TIMESTAMPTZ) IS NULL OR s.starts_at < ?)
                ORDER BY s.starts_at, sub.code, p.participant_id""",
                actor.userId(), fromInstant, fromInstant, toInstant, toInstant);
    }
}
