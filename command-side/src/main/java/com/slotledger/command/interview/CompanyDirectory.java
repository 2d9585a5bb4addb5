package com.slotledger.command.interview;

import com.slotledger.api.interview.CompanyCommands.ChangeJob;
import com.slotledger.api.interview.CompanyCommands.CreateCompany;
import com.slotledger.api.interview.CompanyCommands.CreateJob;
import com.slotledger.api.interview.CompanyCommands.DeactivateCompany;
import com.slotledger.api.interview.CompanyCommands.DeactivateJob;
import com.slotledger.api.interview.CompanyCommands.RenameCompany;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Companies and jobs: each command writes the lookup row first (its lock queues the command behind any transaction
 * that read the row, and a UNIQUE decides names), then the aggregate decides and records, in one transaction.
 */
public class CompanyDirectory {

    private final Repository<Company> companies;
    private final Repository<Job> jobs;
    private final CompanyRegistry registry;

    public CompanyDirectory(Repository<Company> companies, Repository<Job> jobs, CompanyRegistry registry) {
        this.companies = companies;
        this.jobs = jobs;
        this.registry = registry;
    }

    @CommandHandler
    public String handle(CreateCompany command) throws Exception {
        Company.requireName(command.name());
        registry.claimCompany(command.companyId(), command.name());
        companies.newInstance(() -> new Company(command));
        return command.companyId();
    }

    @CommandHandler
    public String handle(RenameCompany command) {
        registry.renameCompany(command.companyId(), command.name());
        company(command.targetId(), command.companyId()).execute(company -> company.rename(command));
        return command.companyId();
    }

    @CommandHandler
    public String handle(DeactivateCompany command) {
        registry.deactivateCompany(command.companyId());
        company(command.targetId(), command.companyId()).execute(company -> company.deactivate(command));
        return command.companyId();
    }

    @CommandHandler
    public String handle(CreateJob command) throws Exception {
        registry.requireActiveCompany(command.companyId());
        registry.claimJob(command.jobId(), command.companyId());
        jobs.newInstance(() -> new Job(command));
        return command.jobId();
    }

    @CommandHandler
    public String handle(ChangeJob command) {
        job(command.jobId()).execute(job -> job.change(command));
        return command.jobId();
    }

    @CommandHandler
    public String handle(DeactivateJob command) {
        registry.deactivateJob(command.jobId());
        job(command.jobId()).execute(job -> job.deactivate(command));
        return command.jobId();
    }

    private Aggregate<Company> company(String streamId, String companyId) {
        try {
            return companies.load(streamId);
        } catch (AggregateNotFoundException e) {
            throw CompanyRegistry.companyNotFound(companyId);
        }
    }

    private Aggregate<Job> job(String jobId) {
        try {
            return jobs.load(jobId);
        } catch (AggregateNotFoundException e) {
            throw CompanyRegistry.jobNotFound(jobId);
        }
    }
}
