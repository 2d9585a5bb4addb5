package com.slotledger.query.interview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Companies and jobs as the API returns them (camelCase); a deactivated one says who, when and why. */
public final class CompanyViews {

    private CompanyViews() {
    }

    @MappedEntity("interview_company_view")
    public record CompanyView(@Id String companyId, String name, boolean active, String createdBy, Instant createdAt,
                              Instant updatedAt, @Nullable String deactivatedBy, @Nullable Instant deactivatedAt,
                              @Nullable String deactivationReason) {
    }

    @MappedEntity("interview_job_view")
    public record JobView(@Id String jobId, String companyId, String title, @Nullable String description,
                          boolean active, String createdBy, Instant createdAt, Instant updatedAt,
                          @Nullable String deactivatedBy, @Nullable Instant deactivatedAt,
                          @Nullable String deactivationReason) {
    }
}
