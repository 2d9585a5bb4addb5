package com.slotledger.api.interview;

import com.slotledger.api.shared.Revision;

import java.time.Instant;

/** Published facts about companies and jobs. Deactivation is soft: the record stays, with who and when. */
public final class CompanyEvents {

    private CompanyEvents() {
    }

    @Revision("1")
    public record CompanyCreated(String companyId, String name, String createdBy, Instant createdAt) {
    }

    @Revision("1")
    public record CompanyRenamed(String companyId, String name, String renamedBy, Instant renamedAt) {
    }

    @Revision("1")
    public record CompanyDeactivated(String companyId, String reason, String deactivatedBy, Instant deactivatedAt) {
    }

    @Revision("1")
    public record JobCreated(String jobId, String companyId, String title, String description, String createdBy,
                             Instant createdAt) {
    }

    @Revision("1")
    public record JobChanged(String jobId, String companyId, String title, String description, String changedBy,
                             Instant changedAt) {
    }

    @Revision("1")
    public record JobDeactivated(String jobId, String companyId, String reason, String deactivatedBy,
                                 Instant deactivatedAt) {
    }
}
