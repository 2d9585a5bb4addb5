package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.ChangeAvailability;
import com.slotledger.api.interview.InterviewCommands.DefineAvailability;
import com.slotledger.api.interview.InterviewCommands.RemoveAvailability;
import com.slotledger.api.interview.InterviewCommands.ResolveConflict;
import com.slotledger.api.interview.InterviewTypes.AvailabilityPattern;
import com.slotledger.api.interview.InterviewTypes.ConflictResolution;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.interview.Availabilities.Stored;
import com.slotledger.command.interview.InterviewRegistry.SlotRef;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.CommandReceipt;
import com.slotledger.command.shared.Ids;
import io.micronaut.context.annotation.Value;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/** Interviewers' availability patterns and the resolution of recorded conflicts. */
@Controller("/api/v1/interviews")
@ExecuteOn(TaskExecutors.BLOCKING)
class AvailabilityController {

    private final CommandDispatcher dispatcher;
    private final InterviewAccess access;
    private final Availabilities availabilities;
    private final InterviewRegistry registry;
    private final Clock clock;
    private final String defaultZone;

    AvailabilityController(CommandDispatcher dispatcher, InterviewAccess access, Availabilities availabilities,
                           InterviewRegistry registry, Clock clock,
                           @Value("${slotledger.interview.default-zone:UTC}") String defaultZone) {
        this.dispatcher = dispatcher;
        this.access = access;
        this.availabilities = availabilities;
        this.registry = registry;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    @Post("/availability")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER"})
    HttpResponse<CommandReceipt> define(@Valid @Body AvailabilityBody body, Actor actor) {
        String company = access.companyFor(body.companyId(), actor);
        AvailabilityPattern pattern = pattern(body, access.interviewerFor(body.interviewerId(), company, actor), company);
        return HttpResponse.created(dispatcher.send(new DefineAvailability(Ids.newId(), pattern, actor.userId(),
                clock.instant()), actor));
    }

    @Put("/availability/{id}")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER"})
    CommandReceipt change(@PathVariable String id, @Valid @Body AvailabilityBody body, Actor actor) {
        Stored stored = stored(id, actor);
        AvailabilityPattern pattern = pattern(body, stored.interviewerId(), stored.companyId());
        return dispatcher.send(new ChangeAvailability(id, pattern, actor.userId(), clock.instant()), actor);
    }

    @Delete("/availability/{id}")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER"})
    CommandReceipt remove(@PathVariable String id, Actor actor) {
        stored(id, actor);
        return dispatcher.send(new RemoveAvailability(id, actor.userId(), clock.instant()), actor);
    }

    /** Conflicts are recorded per slot (their id names the slot), so the slot's company scopes them. */
    @Post("/conflicts/{id}/resolve")
    @Secured({"ADMIN", "RECRUITER"})
    CommandReceipt resolve(@PathVariable String id, @Valid @Body Resolution body, Actor actor) {
        SlotRef slot = InterviewSlot.slotOf(id).flatMap(registry::slot)
                .orElseThrow(() -> new DomainRejection(ErrorCode.CONFLICT_NOT_FOUND, "No conflict " + id + "."));
        access.requireCompany(actor, slot.companyId());
        CommandReceipt sent = dispatcher.send(new ResolveConflict(slot.slotId(), id, body.resolution(), body.notes(),
                actor.userId(), clock.instant()), actor);
        return new CommandReceipt(id, sent.position());
    }

    private Stored stored(String id, Actor actor) {
        Stored stored = availabilities.find(id).orElseThrow(() -> new DomainRejection(ErrorCode.AVAILABILITY_NOT_FOUND,
                "No availability pattern " + id + "."));
        access.requireInterviewerOrCompany(actor, stored.interviewerId(), stored.companyId());
        return stored;
    }

    private AvailabilityPattern pattern(AvailabilityBody body, String interviewerId, String companyId) {
        String zone = body.zone() == null || body.zone().isBlank() ? defaultZone : body.zone().strip();
        return new AvailabilityPattern(interviewerId, companyId, body.dayOfWeek(), body.startTime(), body.endTime(),
                body.slotDuration() == null ? 60 : body.slotDuration(), body.breakDuration() == null ? 0 : body.breakDuration(),
                body.isAvailable() == null || body.isAvailable(), body.maxSlotsPerDay(), body.validFrom(),
                body.validUntil(), zone);
    }

    @Introspected
    record AvailabilityBody(@Nullable @Size(max = 64) String interviewerId, @Nullable @Size(max = 64) String companyId,
                            @NotNull @Min(1) @Max(7) Integer dayOfWeek, @NotNull LocalTime startTime,
                            @NotNull LocalTime endTime, @Nullable @Min(5) @Max(1440) Integer slotDuration,
                            @Nullable @Min(0) @Max(1440) Integer breakDuration, @Nullable Boolean isAvailable,
                            @Nullable @Min(1) @Max(100) Integer maxSlotsPerDay, @Nullable LocalDate validFrom,
                            @Nullable LocalDate validUntil, @Nullable @Size(max = 64) String zone) {
    }

    @Introspected
    record Resolution(@NotNull ConflictResolution resolution, @Nullable @Size(max = 2000) String notes) {
    }
}
