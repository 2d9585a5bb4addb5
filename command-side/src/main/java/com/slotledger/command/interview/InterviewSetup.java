package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.ChangeAvailability;
import com.slotledger.api.interview.InterviewCommands.CreateInterview;
import com.slotledger.api.interview.InterviewCommands.DefineAvailability;
import com.slotledger.api.interview.InterviewCommands.RemoveAvailability;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Interviews and availability patterns: each keeps its lookup row beside its events, in one transaction. New ones
 * refer to an active company (and job), checked under those rows' share locks.
 */
public class InterviewSetup {

    private final Repository<Interview> interviews;
    private final Repository<InterviewerAvailability> patterns;
    private final InterviewRegistry registry;
    private final Availabilities availabilities;
    private final CompanyRegistry companies;

    public InterviewSetup(Repository<Interview> interviews, Repository<InterviewerAvailability> patterns,
                          InterviewRegistry registry, Availabilities availabilities, CompanyRegistry companies) {
        this.interviews = interviews;
        this.patterns = patterns;
        this.registry = registry;
        this.availabilities = availabilities;
        this.companies = companies;
    }

    @CommandHandler
    public String handle(CreateInterview command) throws Exception {
        companies.requireActiveCompany(command.companyId());
        companies.requireActiveJob(command.jobId(), command.companyId());
        registry.claimInterview(command.interviewId(), command.candidateId(), command.companyId(), command.jobId());
        interviews.newInstance(() -> new Interview(command));
        return command.interviewId();
    }

    @CommandHandler
    public String handle(DefineAvailability command) throws Exception {
        InterviewerAvailability.check(command.pattern());
        companies.requireActiveCompany(command.pattern().companyId());
        availabilities.save(command.availabilityId(), command.pattern());
        patterns.newInstance(() -> new InterviewerAvailability(command));
        return command.availabilityId();
    }

    @CommandHandler
    public String handle(ChangeAvailability command) {
        patterns.load(command.availabilityId()).execute(pattern -> pattern.change(command));
        availabilities.save(command.availabilityId(), command.pattern());
        return command.availabilityId();
    }

    @CommandHandler
    public String handle(RemoveAvailability command) {
        patterns.load(command.availabilityId()).execute(pattern -> pattern.remove(command));
        availabilities.remove(command.availabilityId());
        return command.availabilityId();
    }
}
