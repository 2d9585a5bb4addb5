package com.slotledger.command.centre;

import com.slotledger.api.centre.CentreCommands.AssignEvaluator;
import com.slotledger.api.centre.CentreCommands.FinalizeResult;
import com.slotledger.api.centre.CentreCommands.ModerateResult;
import com.slotledger.api.centre.CentreCommands.PublishResult;
import com.slotledger.api.centre.CentreCommands.RecordMarks;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Role;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.CommandReceipt;
import com.slotledger.command.shared.Ids;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Clock;

/** Evaluation: assign an evaluator, record marks per question, moderate, finalize, publish. */
@Controller("/api/v1/results")
@ExecuteOn(TaskExecutors.BLOCKING)
class ResultController {

    private final CommandDispatcher dispatcher;
    private final CentreScope scope;
    private final Clock clock;

    ResultController(CommandDispatcher dispatcher, CentreScope scope, Clock clock) {
        this.dispatcher = dispatcher;
        this.scope = scope;
        this.clock = clock;
    }

    @Post
    @Secured({"ADMIN", "SUPERVISOR"})
    HttpResponse<CommandReceipt> assignEvaluator(@Valid @Body NewResult body, Actor actor) {
        scope.requireLocal(body.examId(), ErrorCode.EXAM_NOT_FOUND, actor);
        return HttpResponse.created(dispatcher.send(new AssignEvaluator(Ids.newId(), body.examId(), body.candidateId(),
                body.evaluatorId(), scope.forCreation(actor), actor.userId(), clock.instant()), actor));
    }

    @Post("/{id}/marks")
    @Secured({"ADMIN", "SUPERVISOR", "LECTURER"})
    CommandReceipt recordMarks(@PathVariable String id, @Valid @Body Marks body, Actor actor) {
        String node = scope.forChange(id, ErrorCode.RESULT_NOT_FOUND, actor);
        boolean asEvaluator = !actor.has(Role.ADMIN) && !actor.has(Role.SUPERVISOR);
        return dispatcher.send(new RecordMarks(id, body.questionId(), body.awarded(), body.outOf(), asEvaluator, node,
                actor.userId(), clock.instant()), actor);
    }

    @Post("/{id}/moderate")
    @Secured({"ADMIN", "SUPERVISOR"})
    CommandReceipt moderate(@PathVariable String id, @Valid @Body Moderation body, Actor actor) {
        String node = scope.forChange(id, ErrorCode.RESULT_NOT_FOUND, actor);
        return dispatcher.send(new ModerateResult(id, body.adjustment(), body.reason(), node, actor.userId(),
                clock.instant()), actor);
    }

    @Post("/{id}/finalize")
    @Secured({"ADMIN", "SUPERVISOR"})
    CommandReceipt finalizeResult(@PathVariable String id, Actor actor) {
        String node = scope.forChange(id, ErrorCode.RESULT_NOT_FOUND, actor);
        return dispatcher.send(new FinalizeResult(id, node, actor.userId(), clock.instant()), actor);
    }

    @Post("/{id}/publish")
    @Secured("ADMIN")
    CommandReceipt publish(@PathVariable String id, Actor actor) {
        String node = scope.forChange(id, ErrorCode.RESULT_NOT_FOUND, actor);
        return dispatcher.send(new PublishResult(id, node, actor.userId(), clock.instant()), actor);
    }

    @Introspected
    record NewResult(@NotBlank @Size(max = 64) String examId, @NotBlank @Size(max = 64) String candidateId,
                     @NotBlank @Size(max = 64) String evaluatorId) {
    }

    @Introspected
    record Marks(@NotBlank @Size(max = 64) String questionId, @Min(0) @Max(1000) int awarded,
                 @Min(1) @Max(1000) int outOf) {
    }

    @Introspected
    record Moderation(@Min(-1000) @Max(1000) int adjustment, @NotBlank @Size(max = 500) String reason) {
    }
}
