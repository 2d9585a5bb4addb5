package com.slotledger.recognition.service;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.recognition.run.RunSummary;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Recognition runs: those running and recently ended on this node (staff read), and the report a separate
 * recognition process posts when a run ends (RECOGNITION), recorded as RecognitionRunReported.
 */
@Controller("/api/v1/recognition/runs")
@ExecuteOn(TaskExecutors.BLOCKING)
class RunController {

    private final RecognitionRuns runs;
    private final CommandPort commands;
    private final Clock clock;

    RunController(RecognitionRuns runs, CommandPort commands, Clock clock) {
        this.runs = runs;
        this.commands = commands;
        this.clock = clock;
    }

    record Runs(List<String> runningSlots, List<RunSummary> finished) {
    }

    record Recorded(String id, long position) {
    }

    @Get
    @Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "AUDITOR"})
    Runs runs() {
        return new Runs(runs.running(), runs.finished());
    }

    @Post
    @Secured({"RECOGNITION"})
    HttpResponse<Recorded> report(@Body RunSummary summary, Actor actor) {
        if (blank(summary.runId()) || blank(summary.slotId()) || summary.mode() == null || summary.end() == null) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "A run report names its runId, slotId, mode and end.");
        }
        long position = commands.send(CommandSink.report(summary, Map.of(), actor.userId(), clock), actor);
        return HttpResponse.created(new Recorded(summary.runId(), position));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
