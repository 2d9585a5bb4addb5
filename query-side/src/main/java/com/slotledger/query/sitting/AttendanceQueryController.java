package com.slotledger.query.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.AttendanceStatus;
import com.slotledger.query.shared.MinPosition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
 * The seed's exam-attendance reads and the evidence image of a record. Permission ATTENDANCE_READ: ADMIN,
 * DATA_OPERATOR, AUDITOR, and the assigned supervisors (a listing shows a supervisor only their own slots).
 */
@Controller("/api/v1/exam-attendance")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "AUDITOR"})
class AttendanceQueryController {

    private static final int MAX_ROWS = 5000;

    private final SittingSql sql;
    private final SlotAccess access;
    private final SittingReads reads;

    AttendanceQueryController(SittingSql sql, SlotAccess access, SittingReads reads) {
        this.sql = sql;
        this.access = access;
        this.reads = reads;
    }

    @Get
    List<Map<String, Object>> list(@Nullable @QueryValue String slotId, @Nullable @QueryValue String status,
                                   @Nullable @QueryValue String studentUserId, @Nullable @QueryValue Boolean needsReview,
                                   @Nullable @QueryValue Long minPosition,
                                   @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        AttendanceStatus parsed = SlotQueries.enumValue(AttendanceStatus.class, "status", status);
        reads.await(minPosition, header);
        if (slotId != null) {
            access.slot(slotId, actor);
        }
        String own = SlotAccess.supervisorFilter(actor);
        return sql.rows(SlotQueries.ATTENDANCE + """
                 WHERE (CAST(? AS TEXT) IS NULL OR a.slot_id = ?)
                  AND (CAST(? AS TEXT) IS NULL OR a.status = ?)
                  AND (CAST(? AS TEXT) IS NULL OR a.student_id = ?)
                  AND (CAST(? AS BOOLEAN) IS NULL OR a.needs_review = ?)
                  AND (CAST(? AS TEXT) IS NULL OR ? = ANY(s.supervisor_ids))
                ORDER BY s.starts_at, a.slot_id, st.roll_number, a.attendance_id LIMIT""" + " " + MAX_ROWS,
                slotId, slotId, parsed, parsed, studentUserId, studentUserId, needsReview, needsReview, own, own);
    }

    @Get("/{id}")
    Map<String, Object> get(@PathVariable String id, @Nullable @QueryValue Long minPosition,
                            @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        reads.await(minPosition, header);
        return access.attendance(id, actor);
    }

    /**
     * The image of the record's latest counted recognition. Images are content-addressed in the command side's
     * evidence store, written before the event that names them commits, and never change: read here by hash.
     */
    @Get("/{id}/evidence")
    HttpResponse<byte[]> evidence(@PathVariable String id, @Nullable @QueryValue Long minPosition,
                                  @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        reads.await(minPosition, header);
        Object hash = access.attendance(id, actor).get("evidenceHash");
        Map<String, Object> image = hash == null ? null : sql.rows(
                "SELECT media_type, content FROM sitting_evidence WHERE sha256 = ?", hash).stream().findFirst().orElse(null);
        if (image == null) {
            throw new DomainRejection(ErrorCode.EVIDENCE_NOT_FOUND, "No stored evidence image for attendance " + id + ".");
        }
        return HttpResponse.ok((byte[]) image.get("content")).contentType(MediaType.of((String) image.get("mediaType")))
                .header("Content-Disposition", "inline; filename=\"evidence-" + hash + "\"");
    }
}
