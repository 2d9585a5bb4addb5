package com.slotledger.recognition.service;

import com.slotledger.api.recognition.RunCommands.RecordRecognition;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.recognition.run.RunSummary;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Recognition runs: those running and recently ended on this node (RUN_READ), and what a separate recognition
 * process records on a run's log (RUN_REPORT): each decision before its recognition callback, the report at the end.
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

    /** A decision of a separate process's run, recorded before it posts the recognition callback. */
    record DecisionBody(String slotId, SessionMode mode, String studentId, double confidence, Instant capturedAt,
                        String frameHash, String evidenceHash, String modelVersion, double threshold, int sightings) {
    }

    @Post("/{runId}/decisions")
    @Secured({"RECOGNITION"})
    HttpResponse<Recorded> decision(@PathVariable String runId, @Body DecisionBody d, Actor actor) {
        if (blank(d.slotId()) || blank(d.studentId()) || blank(d.modelVersion()) || d.mode() == null) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "A decision names its slotId, studentId, mode and modelVersion.");
        }
        long position = commands.send(new RecordRecognition(runId, d.slotId(), d.mode(), d.studentId(), d.confidence(),
                d.capturedAt(), d.frameHash(), d.evidenceHash(), d.modelVersion(), d.threshold(), d.sightings(),
                actor.userId(), clock.instant()), actor);
        return HttpResponse.created(new Recorded(runId, position));
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
