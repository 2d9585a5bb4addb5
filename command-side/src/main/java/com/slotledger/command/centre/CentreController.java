package com.slotledger.command.centre;

import com.slotledger.api.centre.CentreCommands.AdvanceExam;
import com.slotledger.api.centre.CentreCommands.AttachCandidatePhoto;
import com.slotledger.api.centre.CentreCommands.AttachQuestionDocument;
import com.slotledger.api.centre.CentreCommands.CreateExam;
import com.slotledger.api.centre.CentreCommands.CreateQuestion;
import com.slotledger.api.centre.CentreCommands.DeleteExam;
import com.slotledger.api.centre.CentreCommands.DeleteQuestion;
import com.slotledger.api.centre.CentreCommands.RegisterCentre;
import com.slotledger.api.centre.CentreCommands.RescheduleExam;
import com.slotledger.api.centre.Difficulty;
import com.slotledger.api.centre.ExamStatus;
import com.slotledger.api.centre.QuestionType;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.entitlement.CandidateRegistry;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.CommandReceipt;
import com.slotledger.command.shared.Ids;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Centres, exams and the question bank. Every change names this node's centre; aggregates refuse foreign ones. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class CentreController {

    private final CommandDispatcher dispatcher;
    private final CentreScope scope;
    private final FileStore files;
    private final CandidateRegistry candidates;
    private final Clock clock;

    CentreController(CommandDispatcher dispatcher, CentreScope scope, FileStore files, CandidateRegistry candidates,
                     Clock clock) {
        this.dispatcher = dispatcher;
        this.scope = scope;
        this.files = files;
        this.candidates = candidates;
        this.clock = clock;
    }

    /** A photo must be an image this node stored; the candidate must be registered here, in the caller's scope. */
    @Post("/candidates/{id}/photo")
    @Secured({"ADMIN", "DATA_OPERATOR"})
    CommandReceipt attachPhoto(@PathVariable String id, @Valid @Body Attachment body, Actor actor) {
        String centre = candidates.centreOf(id).orElseThrow(() -> new DomainRejection(ErrorCode.CANDIDATE_NOT_FOUND,
                "No candidate with id " + id + "."));
        if (!actor.mayAccessCentre(centre.isEmpty() ? null : centre)) {
            throw new DomainRejection(ErrorCode.CANDIDATE_NOT_FOUND, "No candidate with id " + id + ".");
        }
        FileStore.StoredFile file = files.describe(body.fileHash()).orElseThrow(() -> new DomainRejection(
                ErrorCode.FILE_NOT_FOUND, "No stored file with hash " + body.fileHash() + "; upload it first."));
        if (!file.mediaType().startsWith("image/")) {
            throw new DomainRejection(ErrorCode.FILE_TYPE_REFUSED, "A photo must be a PNG or JPEG image.");
        }
        return dispatcher.send(new AttachCandidatePhoto(id, file.sha256(), file.mediaType(), scope.forCreation(actor),
                actor.userId(), clock.instant()), actor);
    }

    @Post("/centres")
    @Secured("ADMIN")
    HttpResponse<CommandReceipt> registerCentre(@Valid @Body NewCentre body, Actor actor) {
        ZoneId zone = zone(body.zone());
        return HttpResponse.created(dispatcher.send(new RegisterCentre(Ids.newId(), body.code(), body.name().strip(),
                zone.getId(), scope.forCreation(actor), actor.userId(), clock.instant()), actor));
    }

    /** {@code startsAt} is a wall-clock time in the exam's zone. */
    @Post("/exams")
    @Secured({"ADMIN", "DATA_OPERATOR"})
    HttpResponse<CommandReceipt> createExam(@Valid @Body NewExam body, Actor actor) {
        ZoneId zone = zone(body.zone());
        CreateExam command = new CreateExam(Ids.newId(), body.title().strip(), List.copyOf(body.subjects()),
                body.startsAt().atZone(zone).toInstant(), zone.getId(), body.durationMinutes(),
                scope.forCreation(actor), actor.userId(), clock.instant());
        return HttpResponse.created(dispatcher.send(command, actor));
    }

    @Post("/exams/{id}/status")
    @Secured({"ADMIN", "DATA_OPERATOR"})
    CommandReceipt advanceExam(@PathVariable String id, @Valid @Body StatusChange body, Actor actor) {
        String node = scope.forChange(id, ErrorCode.EXAM_NOT_FOUND, actor);
        return dispatcher.send(new AdvanceExam(id, body.status(), node, actor.userId(), clock.instant()), actor);
    }

    @Put("/exams/{id}/schedule")
    @Secured({"ADMIN", "DATA_OPERATOR"})
    CommandReceipt rescheduleExam(@PathVariable String id, @Valid @Body Schedule body, Actor actor) {
        String node = scope.forChange(id, ErrorCode.EXAM_NOT_FOUND, actor);
        ZoneId zone = zone(body.zone());
        return dispatcher.send(new RescheduleExam(id, body.startsAt().atZone(zone).toInstant(), zone.getId(),
                body.durationMinutes(), node, actor.userId(), clock.instant()), actor);
    }

    @Delete("/exams/{id}")
    @Secured({"ADMIN", "DATA_OPERATOR"})
    CommandReceipt deleteExam(@PathVariable String id, Actor actor) {
        String node = scope.forChange(id, ErrorCode.EXAM_NOT_FOUND, actor);
        return dispatcher.send(new DeleteExam(id, node, actor.userId(), clock.instant()), actor);
    }

    @Post("/questions")
    @Secured({"ADMIN", "DATA_OPERATOR", "LECTURER"})
    HttpResponse<CommandReceipt> createQuestion(@Valid @Body NewQuestion body, Actor actor) {
        CreateQuestion command = new CreateQuestion(Ids.newId(), body.subject().strip(), body.type(), body.text(),
                body.options() == null ? List.of() : List.copyOf(body.options()), body.answerKey(), body.marks(),
                body.difficulty(), scope.forCreation(actor), actor.userId(), clock.instant());
        return HttpResponse.created(dispatcher.send(command, actor));
    }

    /** Attaches an uploaded file by its hash; the event keeps the hash, the file stays in the content store. */
    @Post("/questions/{id}/document")
    @Secured({"ADMIN", "DATA_OPERATOR", "LECTURER"})
    CommandReceipt attachDocument(@PathVariable String id, @Valid @Body Attachment body, Actor actor) {
        String node = scope.forChange(id, ErrorCode.QUESTION_NOT_FOUND, actor);
        FileStore.StoredFile file = files.describe(body.fileHash()).orElseThrow(() -> new DomainRejection(
                ErrorCode.FILE_NOT_FOUND, "No stored file with hash " + body.fileHash() + "; upload it first."));
        return dispatcher.send(new AttachQuestionDocument(id, file.sha256(), file.mediaType(), node, actor.userId(),
                clock.instant()), actor);
    }

    @Delete("/questions/{id}")
    @Secured({"ADMIN", "DATA_OPERATOR", "LECTURER"})
    CommandReceipt deleteQuestion(@PathVariable String id, Actor actor) {
        String node = scope.forChange(id, ErrorCode.QUESTION_NOT_FOUND, actor);
        return dispatcher.send(new DeleteQuestion(id, node, actor.userId(), clock.instant()), actor);
    }

    static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "Unknown time zone '" + zone + "'.");
        }
    }

    @Introspected
    record NewCentre(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String code,
                     @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String zone) {
    }

    @Introspected
    record NewExam(@NotBlank @Size(max = 200) String title, @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 128) String> subjects,
                   @NotNull LocalDateTime startsAt, @NotBlank @Size(max = 64) String zone,
                   @Min(1) @Max(1440) int durationMinutes) {
    }

    @Introspected
    record Schedule(@NotNull LocalDateTime startsAt, @NotBlank @Size(max = 64) String zone,
                    @Min(1) @Max(1440) int durationMinutes) {
    }

    @Introspected
    record StatusChange(@NotNull ExamStatus status) {
    }

    @Introspected
    record NewQuestion(@NotBlank @Size(max = 128) String subject, @NotNull QuestionType type,
                       @NotBlank @Size(max = 10000) String text, @Nullable @Size(max = 10) List<@NotBlank @Size(max = 1000) String> options,
                       @Nullable @Size(max = 10000) String answerKey, @Min(1) @Max(1000) int marks,
                       @NotNull Difficulty difficulty) {
    }

    @Introspected
    record Attachment(@NotBlank @Pattern(regexp = "[0-9a-f]{64}") String fileHash) {
    }
}
