package com.slotledger.query.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.query.shared.MinPosition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.List;
import java.util.Map;

/**
 * The seed's exam-slot subjects and participants. Permission SLOT_READ: ADMIN, DATA_OPERATOR, AUDITOR, and the
 * slot's assigned supervisors.
 */
@Controller("/api/v1/exam-slots/{slotId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "AUDITOR"})
class ExamSlotQueryController {

    private final SittingSql sql;
    private final SlotAccess access;
    private final SittingReads reads;

    ExamSlotQueryController(SittingSql sql, SlotAccess access, SittingReads reads) {
        this.sql = sql;
        this.access = access;
        this.reads = reads;
    }

    /** Live subjects; removed ones (with who and when) on request. */
    @Get("/subjects")
    List<Map<String, Object>> subjects(@PathVariable String slotId, @Nullable @QueryValue Boolean includeRemoved,
                                       @Nullable @QueryValue Long minPosition,
                                       @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        reads.await(minPosition, header);
        access.slot(slotId, actor);
        return sql.rows("""
                SELECT ss.*, sub.code, sub.name FROM sitting_slot_subject_view ss
                LEFT JOIN sitting_subject_view sub ON sub.subject_id = ss.subject_id
                WHERE ss.slot_id = ? AND (ss.active OR ?) ORDER BY sub.code, ss.subject_id""",
                slotId, Boolean.TRUE.equals(includeRemoved));
    }

    /** Enrolled participants, of one subject when {@code subjectId} is given. */
    @Get("/participants")
    List<Map<String, Object>> participants(@PathVariable String slotId, @Nullable @QueryValue String subjectId,
                                           @Nullable @QueryValue Long minPosition,
                                           @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        reads.await(minPosition, header);
        access.slot(slotId, actor);
        return sql.rows(SlotQueries.PARTICIPANT + """
                 WHERE p.slot_id = ? AND p.enrolled AND (CAST(? AS TEXT) IS NULL OR p.subject_id = ?)
                ORDER BY sub.code, st.roll_number, p.participant_id""", slotId, subjectId, subjectId);
    }

    /** Every participant of every subject, withdrawn ones included (with who and when). */
    @Get("/all-participants")
    List<Map<String, Object>> allParticipants(@PathVariable String slotId, @Nullable @QueryValue Long minPosition,
                                              @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        reads.await(minPosition, header);
        access.slot(slotId, actor);
        return sql.rows(SlotQueries.PARTICIPANT + " WHERE p.slot_id = ? ORDER BY sub.code, st.roll_number, p.participant_id",
                slotId);
    }

    @Get("/participants/{id}")
    Map<String, Object> participant(@PathVariable String slotId, @PathVariable String id,
                                    @Nullable @QueryValue Long minPosition,
                                    @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        reads.await(minPosition, header);
        access.slot(slotId, actor);
        return sql.rows(SlotQueries.PARTICIPANT + " WHERE p.slot_id = ? AND p.participant_id = ?", slotId, id).stream()
                .findFirst().orElseThrow(() -> new DomainRejection(ErrorCode.PARTICIPANT_NOT_FOUND,
                        "No participant " + id + " in slot " + slotId + "."));
    }

    /**
     * Every recognition the slot judged, accepted or rejected with its reason (newest first). Permission
     * ATTENDANCE_READ, which names the same roles as SLOT_READ.
     */
    @Get("/detections")
    List<Map<String, Object>> detections(@PathVariable String slotId, @Nullable @QueryValue Boolean accepted,
                                         @Nullable @QueryValue Long minPosition,
                                         @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        reads.await(minPosition, header);
        access.slot(slotId, actor);
        return sql.rows("""
                SELECT d.*, st.roll_number FROM sitting_detection_view d
                LEFT JOIN sitting_student_view st ON st.student_id = d.student_id
                WHERE d.slot_id = ? AND (CAST(? AS BOOLEAN) IS NULL OR d.accepted = ?)
                ORDER BY d.recorded_at DESC, d.detection_id LIMIT 5000""", slotId, accepted, accepted);
    }
}
