package com.slotledger.query.audit;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.query.entitlement.SlotState;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.List;

/** Auditors read history and past states; nothing here changes anything. */
@Controller("/api/v1/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"AUDITOR", "ADMIN"})
class AuditController {

    private static final int MAX_PAGE = 500;

    private final EventHistory history;
    private final EventStore eventStore;

    AuditController(EventHistory history, EventStore eventStore) {
        this.history = history;
        this.eventStore = eventStore;
    }

    @Get("/aggregates/{id}/events")
    List<AuditedEvent> aggregateEvents(@PathVariable String id) {
        List<AuditedEvent> events = history.ofAggregate(id);
        if (events.isEmpty()) {
            throw new DomainRejection(ErrorCode.NOT_FOUND, "No events for aggregate " + id + ".");
        }
        return events;
    }

    @Get("/events")
    EventPage events(@Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to,
                     @Nullable @QueryValue String type, @Nullable @QueryValue String actor,
                     @Nullable @QueryValue Long after, @Nullable @QueryValue Integer limit) {
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "limit must be between 1 and " + MAX_PAGE + ".");
        }
        List<AuditedEvent> events = history.page(new EventFilter(after == null ? 0 : after, type, actor, from, to), size);
        Long next = events.size() == size ? events.get(events.size() - 1).position() : null;
        return new EventPage(events, next);
    }

    /**
     * The candidate's slot as it was at an instant, folded from the events up to then: read from the first event,
     * never from a snapshot, which holds a later state.
     */
    @Get("/candidates/{id}/exam-slot")
    SlotAsOf slotAsOf(@PathVariable String id, @QueryValue Instant asOf) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id, 0).asStream().toList();
        if (events.isEmpty()) {
            throw new DomainRejection(ErrorCode.CANDIDATE_NOT_FOUND, "No candidate with id " + id + ".");
        }
        SlotState state = SlotState.NONE;
        long sequence = -1;
        for (DomainEventMessage<?> event : events) {
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            state = state.next(event.getPayload());
            sequence = event.getSequenceNumber();
        }
        if (sequence < 0) {
            throw new DomainRejection(ErrorCode.CANDIDATE_NOT_FOUND, "Candidate " + id + " did not exist at " + asOf + ".");
        }
        return new SlotAsOf(id, asOf, sequence, state);
    }

    @Introspected
    record EventPage(List<AuditedEvent> events, @Nullable Long nextAfter) {
    }

    @Introspected
    record SlotAsOf(String candidateId, Instant asOf, long sequence, SlotState slot) {
    }
}
