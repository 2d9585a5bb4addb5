package com.slotledger.query.interview;

import com.slotledger.api.interview.CompanyEvents.CompanyCreated;
import com.slotledger.api.interview.CompanyEvents.CompanyDeactivated;
import com.slotledger.api.interview.CompanyEvents.CompanyRenamed;
import com.slotledger.api.interview.CompanyEvents.JobChanged;
import com.slotledger.api.interview.CompanyEvents.JobCreated;
import com.slotledger.api.interview.CompanyEvents.JobDeactivated;
import com.slotledger.query.shared.Projection;
import com.slotledger.query.shared.ViewWrites;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.sql.Connection;
import java.util.List;

import static com.slotledger.query.shared.ViewWrites.time;

/**
 * Keeps the company and job views. Each row follows one aggregate's events, and every write sets state from the
 * event alone, so handling an event twice or replaying from the start gives the same rows.
 */
@Singleton
public class CompanyProjection implements Projection {

    public static final String NAME = "interview-company";
    public static final List<String> TABLES = List.of("interview_company_view", "interview_job_view");

    private final ViewWrites views;

    public CompanyProjection(ConnectionOperations<Connection> connections) {
        this.views = new ViewWrites(connections, "the company views");
    }

    @Override
    public String projectionName() {
        return NAME;
    }

    /**
     * One segment: little traffic, and a reader who made a company and then its job reads both back with the job's
     * position alone.
     */
    @Override
    public int segments() {
        return 1;
    }

    @EventHandler
    void on(CompanyCreated e) {
        views.write("""
                INSERT INTO interview_company_view (company_id, name, active, created_by, created_at, updated_at)
                VALUES (?,?,TRUE,?,?,?) ON CONFLICT (company_id) DO NOTHING""",
                e.companyId(), e.name(), e.createdBy(), time(e.createdAt()), time(e.createdAt()));
    }

    @EventHandler
    void on(CompanyRenamed e) {
        views.write("UPDATE interview_company_view SET name = ?, updated_at = ? WHERE company_id = ?",
                e.name(), time(e.renamedAt()), e.companyId());
    }

    @EventHandler
    void on(CompanyDeactivated e) {
        views.write("""
                UPDATE interview_company_view SET active = FALSE, deactivated_by = ?, deactivated_at = ?,
                    deactivation_reason = ?, updated_at = ? WHERE company_id = ?""",
                e.deactivatedBy(), time(e.deactivatedAt()), e.reason(), time(e.deactivatedAt()), e.companyId());
    }

    @EventHandler
    void on(JobCreated e) {
        views.write("""
                INSERT INTO interview_job_view (job_id, company_id, title, description, active, created_by, created_at,
                    updated_at)
                VALUES (?,?,?,?,TRUE,?,?,?) ON CONFLICT (job_id) DO NOTHING""",
                e.jobId(), e.companyId(), e.title(), e.description(), e.createdBy(), time(e.createdAt()),
                time(e.createdAt()));
    }

    @EventHandler
    void on(JobChanged e) {
        views.write("UPDATE interview_job_view SET title = ?, description = ?, updated_at = ? WHERE job_id = ?",
                e.title(), e.description(), time(e.changedAt()), e.jobId());
    }

    @EventHandler
    void on(JobDeactivated e) {
        views.write("""
                UPDATE interview_job_view SET active = FALSE, deactivated_by = ?, deactivated_at = ?,
                    deactivation_reason = ?, updated_at = ? WHERE job_id = ?""",
                e.deactivatedBy(), time(e.deactivatedAt()), e.reason(), time(e.deactivatedAt()), e.jobId());
    }

    @ResetHandler
    void reset() {
        views.clear(TABLES);
    }


}
