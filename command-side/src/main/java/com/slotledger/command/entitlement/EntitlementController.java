package com.slotledger.command.entitlement;

import com.slotledger.api.entitlement.EntitlementCommands.ConsumeSlot;
import com.slotledger.api.entitlement.EntitlementCommands.RegisterCandidate;
import com.slotledger.api.entitlement.SlotAction;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.CommandReceipt;
import com.slotledger.command.shared.Ids;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class EntitlementController {

    private final CommandDispatcher dispatcher;
    private final CandidateRegistry registry;
    private final BulkSlotActions bulk;
    private final Clock clock;

    EntitlementController(CommandDispatcher dispatcher, CandidateRegistry registry, BulkSlotActions bulk, Clock clock) {
        this.dispatcher = dispatcher;
        this.registry = registry;
        this.bulk = bulk;
        this.clock = clock;
    }

    @Post("/candidates")
    @Secured({"ADMIN", "DATA_OPERATOR"})
    HttpResponse<CommandReceipt> register(@Valid @Body NewCandidate body, Actor actor) {
        String centre = body.centreId() != null ? body.centreId() : actor.centreId();
        if (!actor.mayAccessCentre(centre)) {
            throw new DomainRejection(ErrorCode.OUT_OF_SCOPE, "You may register candidates only in your own centre.");
        }
        RegisterCandidate command = new RegisterCandidate(Ids.newId(), body.name().strip(), body.rollNumber().strip(),
                body.trade().strip(), centre, body.userId(), actor.userId(), clock.instant());
        return HttpResponse.created(dispatcher.send(command, actor));
    }

    @Post("/candidates/{id}/exam-slot/{action}")
    @Secured({"ADMIN", "DATA_OPERATOR"})
    CommandReceipt slotAction(@PathVariable String id, @PathVariable String action, Actor actor) {
        SlotAction parsed = BulkSlotActions.parse(action);
        requireInScope(id, actor);
        return dispatcher.send(bulk.command(parsed, id, actor), actor);
    }

    /** The candidate enters the exam interface with their own token: the slot is consumed exactly once. */
    @Post("/exam-access")
    @Secured("CANDIDATE")
    CommandReceipt enterExam(Actor actor) {
        String candidateId = registry.candidateOfUser(actor.userId()).orElseThrow(() -> new DomainRejection(
                ErrorCode.NO_CANDIDATE_FOR_ACCOUNT, "Your account is not linked to a candidate."));
        return dispatcher.send(new ConsumeSlot(candidateId, actor.userId(), clock.instant()), actor);
    }

    @Post("/exam-slots/bulk")
    @Secured({"ADMIN", "DATA_OPERATOR"})
    BulkSlotActions.BulkResult bulk(@Valid @Body BulkRequest body, Actor actor) {
        return bulk.run(BulkSlotActions.parse(body.action()), body.trade(), body.dryRun(), actor);
    }

    private void requireInScope(String candidateId, Actor actor) {
        String centre = registry.centreOf(candidateId).orElseThrow(() -> new DomainRejection(
                ErrorCode.CANDIDATE_NOT_FOUND, "No candidate with id " + candidateId + "."));
        if (!actor.mayAccessCentre(centre.isEmpty() ? null : centre)) {
            throw new DomainRejection(ErrorCode.OUT_OF_SCOPE, "The candidate belongs to another centre.");
        }
    }

    @Introspected
    record NewCandidate(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String rollNumber,
                        @NotBlank @Size(max = 128) String trade, @Nullable @Size(max = 64) String centreId,
                        @Nullable @Size(max = 64) String userId) {
    }

    @Introspected
    record BulkRequest(@NotNull String action, @Nullable @Size(max = 128) String trade, boolean dryRun) {
    }
}
