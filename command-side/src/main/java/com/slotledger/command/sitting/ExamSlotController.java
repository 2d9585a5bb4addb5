package com.slotledger.command.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.sitting.ParticipantPolicy;
import com.slotledger.api.sitting.SlotCommands.AddParticipant;
import com.slotledger.api.sitting.SlotCommands.AssignSlotSubjects;
import com.slotledger.api.sitting.SlotCommands.ReenrolParticipant;
import com.slotledger.api.sitting.SlotCommands.RemoveSlotSubject;
import com.slotledger.api.sitting.SlotCommands.WithdrawParticipant;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.CommandReceipt;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.List;

/**
 * The seed's exam-slot subjects and participants. Permission ENROLLMENT_MANAGE: ADMIN, DATA_OPERATOR. Removing is
 * soft: a subject is marked inactive, a participant withdrawn (its attendance history stays).
 */
@Controller("/api/v1/exam-slots/{slotId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR"})
class ExamSlotController {

    private final CommandDispatcher dispatcher;
    private final Clock clock;

    ExamSlotController(CommandDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Post("/subjects")
    CommandReceipt assignSubjects(@PathVariable String slotId, @Valid @Body Subjects b, Actor actor) {
        return dispatcher.send(new AssignSlotSubjects(slotId, b.subjectIds(), actor.userId(), clock.instant()), actor);
    }

    @Delete("/subjects/{subjectId}")
    CommandReceipt removeSubject(@PathVariable String slotId, @PathVariable String subjectId, Actor actor) {
        return dispatcher.send(new RemoveSlotSubject(slotId, subjectId, actor.userId(), clock.instant()), actor);
    }

    /** Answers the participant's id: one per (slot, subject, student). */
    @Post("/participants")
    HttpResponse<CommandReceipt> addParticipant(@PathVariable String slotId, @Valid @Body NewParticipant b, Actor actor) {
        CommandReceipt receipt = dispatcher.send(new AddParticipant(slotId, b.subjectId(), b.studentUserId(),
                ParticipantPolicy.SINGLE, actor.userId(), clock.instant()), actor);
        String participantId = SittingIds.participant(slotId, b.subjectId(), b.studentUserId());
        return HttpResponse.created(new CommandReceipt(participantId, receipt.position()));
    }

    /** {@code enrolled: false} withdraws the participant, {@code true} re-enrols a withdrawn one. */
    @Put("/participants/{participantId}")
    CommandReceipt changeParticipant(@PathVariable String slotId, @PathVariable String participantId,
                                     @Valid @Body ParticipantChange b, Actor actor) {
        CommandReceipt receipt = b.enrolled()
                ? dispatcher.send(new ReenrolParticipant(slotId, participantId, actor.userId(), clock.instant()), actor)
                : dispatcher.send(new WithdrawParticipant(slotId, participantId, actor.userId(), clock.instant()), actor);
        return new CommandReceipt(participantId, receipt.position());
    }

    @Delete("/participants/{participantId}")
    CommandReceipt withdrawParticipant(@PathVariable String slotId, @PathVariable String participantId, Actor actor) {
        CommandReceipt receipt = dispatcher.send(new WithdrawParticipant(slotId, participantId, actor.userId(),
                clock.instant()), actor);
        return new CommandReceipt(participantId, receipt.position());
    }

    @Introspected
    record Subjects(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> subjectIds) {
    }

    @Introspected
    record NewParticipant(@NotBlank @Size(max = 64) String subjectId, @NotBlank @Size(max = 64) String studentUserId) {
    }

    @Introspected
    record ParticipantChange(@NotNull Boolean enrolled) {
    }
}
