package com.slotledger.command.interview;

import com.slotledger.api.interview.CompanyCommands.ChangeJob;
import com.slotledger.api.interview.CompanyCommands.CreateCompany;
import com.slotledger.api.interview.CompanyCommands.CreateJob;
import com.slotledger.api.interview.CompanyCommands.DeactivateCompany;
import com.slotledger.api.interview.CompanyCommands.DeactivateJob;
import com.slotledger.api.interview.CompanyCommands.RenameCompany;
import com.slotledger.api.shared.Actor;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Clock;

/**
 * Companies (ADMIN only) and their jobs (ADMIN, or a RECRUITER for their own company) under /api/v1/interviews.
 * Deactivating is soft: the record stays, and nothing new may refer to it.
 */
@Controller("/api/v1/interviews")
@ExecuteOn(TaskExecutors.BLOCKING)
class CompanyController {

    private final CommandDispatcher dispatcher;
    private final InterviewAccess access;
    private final Clock clock;

    CompanyController(CommandDispatcher dispatcher, InterviewAccess access, Clock clock) {
        this.dispatcher = dispatcher;
        this.access = access;
        this.clock = clock;
    }

    /** The id may be chosen (it is what company users carry as their companyId); without one, one is minted. */
    @Post("/companies")
    @Secured("ADMIN")
    HttpResponse<CommandReceipt> createCompany(@Valid @Body NewCompany body, Actor actor) {
        String companyId = body.companyId() == null ? Ids.newId() : body.companyId();
        return HttpResponse.created(company(companyId, new CreateCompany(companyId, body.name().strip(), actor.userId(),
                clock.instant()), actor));
    }

    @Put("/companies/{id}")
    @Secured("ADMIN")
    CommandReceipt renameCompany(@PathVariable String id, @Valid @Body CompanyChange body, Actor actor) {
        return company(id, new RenameCompany(id, body.name().strip(), actor.userId(), clock.instant()), actor);
    }

    @Post("/companies/{id}/deactivate")
    @Secured("ADMIN")
    CommandReceipt deactivateCompany(@PathVariable String id, @Valid @Body Deactivation body, Actor actor) {
        return company(id, new DeactivateCompany(id, body.reason(), actor.userId(), clock.instant()), actor);
    }

    @Post("/jobs")
    @Secured({"ADMIN", "RECRUITER"})
    HttpResponse<CommandReceipt> createJob(@Valid @Body NewJob body, Actor actor) {
        String company = access.companyFor(body.companyId(), actor);
        return HttpResponse.created(dispatcher.send(new CreateJob(Ids.newId(), company, body.title().strip(),
                body.description(), actor.userId(), clock.instant()), actor));
    }

    @Put("/jobs/{id}")
    @Secured({"ADMIN", "RECRUITER"})
    CommandReceipt changeJob(@PathVariable String id, @Valid @Body JobChange body, Actor actor) {
        access.job(id, actor);
        return dispatcher.send(new ChangeJob(id, body.title().strip(), body.description(), actor.userId(),
                clock.instant()), actor);
    }

    @Post("/jobs/{id}/deactivate")
    @Secured({"ADMIN", "RECRUITER"})
    CommandReceipt deactivateJob(@PathVariable String id, @Valid @Body Deactivation body, Actor actor) {
        access.job(id, actor);
        return dispatcher.send(new DeactivateJob(id, body.reason(), actor.userId(), clock.instant()), actor);
    }

    /** A company's stream has an id of its own (see CompanyCommands.companyStream); the receipt names the company. */
    private CommandReceipt company(String companyId, com.slotledger.api.shared.TargetedCommand command, Actor actor) {
        return new CommandReceipt(companyId, dispatcher.send(command, actor).position());
    }

    @Introspected
    record NewCompany(@Nullable @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String companyId,
                      @NotBlank @Size(max = 200) String name) {
    }

    @Introspected
    record CompanyChange(@NotBlank @Size(max = 200) String name) {
    }

    @Introspected
    record NewJob(@Nullable @Size(max = 64) String companyId, @NotBlank @Size(max = 200) String title,
                  @Nullable @Size(max = 4000) String description) {
    }

    @Introspected
    record JobChange(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 4000) String description) {
    }

    @Introspected
    record Deactivation(@Nullable @Size(max = 2000) String reason) {
    }
}
