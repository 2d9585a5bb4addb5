package com.slotledger.command.interview;

import com.slotledger.api.interview.CompanyCommands;
import com.slotledger.api.interview.CompanyCommands.CreateCompany;
import com.slotledger.api.interview.CompanyCommands.DeactivateCompany;
import com.slotledger.api.interview.CompanyCommands.RenameCompany;
import com.slotledger.api.interview.CompanyEvents.CompanyCreated;
import com.slotledger.api.interview.CompanyEvents.CompanyDeactivated;
import com.slotledger.api.interview.CompanyEvents.CompanyRenamed;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A company that interviews: reference data that slots, patterns, interviews and jobs refer to. */
@Revision("1")
public class Company {

    @AggregateIdentifier
    private String streamId;
    private String companyId;
    private String name;
    private boolean active;

    protected Company() {
    }

    Company(CreateCompany command) {
        requireName(command.name());
        apply(new CompanyCreated(command.companyId(), command.name(), command.by(), command.at()));
    }

    /** Renaming to the name it has is no change, so no event. */
    void rename(RenameCompany command) {
        requireActive();
        requireName(command.name());
        if (!name.equals(command.name())) {
            apply(new CompanyRenamed(companyId, command.name(), command.by(), command.at()));
        }
    }

    /** Rule "deactivate once": the soft delete keeps the first who and when. */
    void deactivate(DeactivateCompany command) {
        requireActive();
        apply(new CompanyDeactivated(companyId, command.reason(), command.by(), command.at()));
    }

    private void requireActive() {
        if (!active) {
            throw new DomainRejection(ErrorCode.COMPANY_INACTIVE, "Company " + companyId + " is deactivated.");
        }
    }

    static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "A company needs a name.");
        }
    }

    @EventSourcingHandler
    void on(CompanyCreated event) {
        streamId = CompanyCommands.companyStream(event.companyId());
        companyId = event.companyId();
        name = event.name();
        active = true;
    }

    @EventSourcingHandler
    void on(CompanyRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(CompanyDeactivated event) {
        active = false;
    }
}
