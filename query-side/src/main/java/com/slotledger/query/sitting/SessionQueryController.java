package com.slotledger.query.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.query.shared.MinPosition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A slot's session as the seed's exam-status, and its attendance changes live as Server-Sent Events. Permission
 * ATTENDANCE_READ: ADMIN, DATA_OPERATOR, AUDITOR, and the slot's assigned supervisors.
 */
@Controller("/api/v1/slot-session/{slotId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "AUDITOR"})
class SessionQueryController {

    private final SittingSql sql;
    private final SlotAccess access;
    private final SittingReads reads;
    private final AttendanceFeed feed;

    SessionQueryController(SittingSql sql, SlotAccess access, SittingReads reads, AttendanceFeed feed) {
        this.sql = sql;
        this.access = access;
        this.reads = reads;
        this.feed = feed;
    }

    @Get("/exam-status")
    Map<String, Object> status(@PathVariable String slotId, @Nullable @QueryValue Long minPosition,
                               @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        reads.await(minPosition, header);
        return status(access.slot(slotId, actor));
    }

    /**
     * First a {@code status} event (sent once the stream listens, so no change after it is missed), then an
     * {@code attendance} event with the whole record each time one of the slot's records changes.
     */
    @Get(value = "/events", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<Map<String, Object>>> events(@PathVariable String slotId, Actor actor) {
        access.slot(slotId, actor);
        Flux<Event<Map<String, Object>>> changes = feed.changes()
                .filter(change -> change.slotId().equals(slotId))
                .publishOn(Schedulers.boundedElastic())
                .concatMap(change -> Mono.justOrEmpty(sql.rows(SlotQueries.ATTENDANCE + " WHERE a.attendance_id = ?",
                        change.attendanceId()).stream().findFirst()))
                .map(row -> Event.of(row).name("attendance").id((String) row.get("attendanceId")));
        Mono<Event<Map<String, Object>>> first = Mono.fromCallable(() -> Event.of(status(access.slot(slotId, actor)))
                        .name("status"))
                .subscribeOn(Schedulers.boundedElastic());
        return Flux.merge(changes, first);
    }

    private Map<String, Object> status(Map<String, Object> slot) {
        String slotId = (String) slot.get("slotId");
        Map<String, Object> status = new LinkedHashMap<>();
        for (String field : new String[]{"slotId", "category", "active", "startsAt", "endsAt", "zone", "sessionRunning",
                "sessionMode", "sessionStartedAt", "sessionStoppedAt", "finalized"}) {
            status.put(field, slot.get(field));
        }
        Map<String, Long> counts = new TreeMap<>(Map.of("NOT_YET", 0L, "PRESENT", 0L, "ABSENT", 0L));
        long review = 0;
        for (Map<String, Object> row : sql.rows("SELECT status, needs_review, count(*) AS n FROM sitting_attendance_view"
                + " WHERE slot_id = ? GROUP BY status, needs_review", slotId)) {
            long n = ((Number) row.get("n")).longValue();
            counts.merge((String) row.get("status"), n, Long::sum);
            review += Boolean.TRUE.equals(row.get("needsReview")) ? n : 0;
        }
        status.put("total", counts.values().stream().mapToLong(Long::longValue).sum());
        status.put("counts", counts);
        status.put("needsReview", review);
        return status;
    }
}
