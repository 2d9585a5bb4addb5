package com.slotledger.command.interview;

import com.slotledger.api.interview.CompanyCommands.ChangeJob;
import com.slotledger.api.interview.CompanyCommands.CreateJob;
import com.slotledger.api.interview.CompanyCommands.DeactivateJob;
import com.slotledger.api.interview.CompanyEvents.JobChanged;
import com.slotledger.api.interview.CompanyEvents.JobCreated;
import com.slotledger.api.interview.CompanyEvents.JobDeactivated;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A job (an opening) of one company, which slots and interviews may be for. It keeps its company for life. */
@Revision("1")
public class Job {

    @AggregateIdentifier
    private String jobId;
    private String companyId;
    private String title;
    private String description;
    private boolean active;

    protected Job() {
    }

    Job(CreateJob command) {
        requireTitle(command.title());
        apply(new JobCreated(command.jobId(), command.companyId(), command.title(), command.description(),
                command.by(), command.at()));
    }

    /** A change to what it already says is no change, so no event. */
    void change(ChangeJob command) {
        requireActive();
        requireTitle(command.title());
        if (!title.equals(command.title()) || !Objects.equals(description, command.description())) {
            apply(new JobChanged(jobId, companyId, command.title(), command.description(), command.by(), command.at()));
        }
    }

    /** Rule "deactivate once": the soft delete keeps the first who and when. */
    void deactivate(DeactivateJob command) {
        requireActive();
        apply(new JobDeactivated(jobId, companyId, command.reason(), command.by(), command.at()));
    }

    private void requireActive() {
        if (!active) {
            throw new DomainRejection(ErrorCode.JOB_INACTIVE, "Job " + jobId + " is deactivated.");
        }
    }

    private static void requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "A job needs a title.");
        }
    }

    @EventSourcingHandler
    void on(JobCreated event) {
        jobId = event.jobId();
        companyId = event.companyId();
        title = event.title();
        description = event.description();
        active = true;
    }

    @EventSourcingHandler
    void on(JobChanged event) {
        title = event.title();
        description = event.description();
    }

    @EventSourcingHandler
    void on(JobDeactivated event) {
        active = false;
    }
}
