package com.slotledger.app.audit;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.Instant;

/** Auditors read any aggregate's state at an instant; beside the query side's audit reads, as it needs the aggregates. */
@Controller("/api/v1/audit/aggregates")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"AUDITOR", "ADMIN"})
class AggregateStateController {

    private final AggregateStates states;

    AggregateStateController(AggregateStates states) {
        this.states = states;
    }

    @Get("/{id}/state")
    AggregateStates.State stateAt(@PathVariable String id, @QueryValue Instant asOf) {
        return states.at(id, asOf);
    }
}
