package com.slotledger.query.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.query.shared.MinPosition;
import com.slotledger.query.shared.ReadYourWrites;
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
 * Lists and single records of the reference views, retired ones only on request. Permission REFERENCE_READ:
 * ADMIN, DATA_OPERATOR, SUPERVISOR, AUDITOR.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "AUDITOR"})
class ReferenceQueryController {

    private record View(String table, String key, String order) {
    }

    private static final Map<String, View> VIEWS = Map.of(
            "semesters", new View("sitting_semester_view", "semester_id", "code"),
            "rooms", new View("sitting_room_view", "room_id", "name"),
            "subjects", new View("sitting_subject_view", "subject_id", "code"),
            "students", new View("sitting_student_view", "student_id", "roll_number"),
            "enrolments", new View("sitting_enrolment_view", "enrolment_id", "created_at, enrolment_id"),
            "staff", new View("sitting_staff_view", "staff_id", "name, staff_id"));

    private final SittingSql sql;
    private final ReadYourWrites readYourWrites;

    ReferenceQueryController(SittingSql sql, ReadYourWrites readYourWrites) {
        this.sql = sql;
        this.readYourWrites = readYourWrites;
    }

    @Get("/{collection:semesters|rooms|subjects|students|enrolments|staff}")
    List<Map<String, Object>> list(@PathVariable String collection, @Nullable @QueryValue Boolean includeRetired,
                                   @Nullable @QueryValue String studentId, @Nullable @QueryValue Long minPosition,
                                   @Nullable @Header(MinPosition.HEADER) Long header) {
        readYourWrites.await(ReferenceProjection.NAME, MinPosition.of(minPosition, header));
        View view = VIEWS.get(collection);
        String where = Boolean.TRUE.equals(includeRetired) ? "TRUE" : "retired_at IS NULL";
        if (studentId != null && collection.equals("enrolments")) {
            return sql.rows("SELECT * FROM " + view.table() + " WHERE " + where + " AND student_id = ? ORDER BY " + view.order(), studentId);
        }
        return sql.rows("SELECT * FROM " + view.table() + " WHERE " + where + " ORDER BY " + view.order());
    }

    @Get("/{collection:semesters|rooms|subjects|students|enrolments|staff}/{id}")
    Map<String, Object> get(@PathVariable String collection, @PathVariable String id,
                            @Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header) {
        readYourWrites.await(ReferenceProjection.NAME, MinPosition.of(minPosition, header));
        View view = VIEWS.get(collection);
        return sql.rows("SELECT * FROM " + view.table() + " WHERE " + view.key() + " = ?", id).stream().findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.REFERENCE_NOT_FOUND, "No " + collection + " record " + id + "."));
    }
}
