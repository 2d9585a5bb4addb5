package com.slotledger.query.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.sitting.SlotCategory;
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

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Slots and filters. Permission SLOT_READ: ADMIN, DATA_OPERATOR, SUPERVISOR (assigned slots), AUDITOR. */
@Controller("/api/v1/slots")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "AUDITOR"})
class SlotQueryController {

    private final SittingSql sql;
    private final SlotAccess access;
    private final SittingReads reads;

    SlotQueryController(SittingSql sql, SlotAccess access, SittingReads reads) {
        this.sql = sql;
        this.access = access;
        this.reads = reads;
    }

    /** {@code semester} is a semester id or code; from/to select slots overlapping [from, to). */
    @Get
    List<Map<String, Object>> list(@Nullable @QueryValue String semester, @Nullable @QueryValue String from,
                                   @Nullable @QueryValue String to, @Nullable @QueryValue String category,
                                   @Nullable @QueryValue String supervisor, @Nullable @QueryValue String room,
                                   @Nullable @QueryValue Boolean active, @Nullable @QueryValue Long minPosition,
                                   @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        Instant fromInstant = SlotQueries.instant("from", from);
        Instant toInstant = SlotQueries.instant("to", to);
        SlotCategory parsed = SlotQueries.enumValue(SlotCategory.class, "category", category);
        reads.await(minPosition, header);
        String own = SlotAccess.supervisorFilter(actor);
        return sql.rows(SlotQueries.SLOT + """
                 WHERE (CAST(? AS TEXT) IS NULL OR s.semester_id = ? OR m.code = ?)
                  AND (CAST(? AS TIMESTAMPTZ) IS NULL OR s.ends_at > ?)
                  AND (CAST(? AS TIMESTAMPTZ) IS NULL OR s.starts_at < ?)
                  AND (CAST(? AS TEXT) IS NULL OR s.category = ?)
                  AND (CAST(? AS TEXT) IS NULL OR ? = ANY(s.supervisor_ids))
                  AND (CAST(? AS TEXT) IS NULL OR ? = ANY(s.supervisor_ids))
                  AND (CAST(? AS TEXT) IS NULL OR s.room_id = ? OR r.name = ?)
                  AND (CAST(? AS BOOLEAN) IS NULL OR s.active = ?)
                ORDER BY s.starts_at, s.slot_id""",
                semester, semester, semester, fromInstant, fromInstant, toInstant, toInstant, parsed, parsed,
                supervisor, supervisor, own, own, room, room, room, active, active);
    }

    @Get("/{id}")
    Map<String, Object> get(@PathVariable String id, @Nullable @QueryValue Long minPosition,
                            @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        reads.await(minPosition, header);
        return access.slot(id, actor);
    }
}
