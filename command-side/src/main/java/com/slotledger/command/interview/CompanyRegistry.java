package com.slotledger.command.interview;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.identity.CompanyScopes;
import com.slotledger.command.shared.Jdbc;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Companies and jobs in the command side's lookup tables. What refers to them (a slot, series, pattern or interview)
 * reads its company's and job's rows FOR SHARE in its own transaction: a deactivation, which updates the row, waits
 * until that transaction ends, or has committed and is seen. So nothing new ever refers to an inactive company or
 * job, across threads and nodes; foreign keys keep every new reference pointing at a real row.
 */
@Singleton
public class CompanyRegistry implements CompanyScopes {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbc jdbc;
    private final ConnectionOperations<Connection> connections;

    public CompanyRegistry(Jdbc jdbc, ConnectionOperations<Connection> connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    void claimCompany(String companyId, String name) {
        int inserted = withName(name, """
                INSERT INTO interview_company_registry (company_id, name) VALUES (?, ?)
                ON CONFLICT (company_id) DO NOTHING""", companyId, name);
        if (inserted == 0) {
            throw new DomainRejection(ErrorCode.COMPANY_ID_TAKEN, "A company with id " + companyId + " exists.");
        }
    }

    /** Takes the company's row lock before its aggregate's, as every command on a company does. */
    void renameCompany(String companyId, String name) {
        if (withName(name, "UPDATE interview_company_registry SET name = ? WHERE company_id = ?", name, companyId) == 0) {
            throw companyNotFound(companyId);
        }
    }

    /** Waits for every transaction that has read the company as active, then closes it to new references. */
    void deactivateCompany(String companyId) {
        if (jdbc.update("UPDATE interview_company_registry SET active = FALSE WHERE company_id = ?", companyId) == 0) {
            throw companyNotFound(companyId);
        }
    }

    void claimJob(String jobId, String companyId) {
        jdbc.insertUnique("INSERT INTO interview_job_registry (job_id, company_id) VALUES (?, ?)",
                ErrorCode.VALIDATION_FAILED, "Job " + jobId + " exists.", jobId, companyId);
    }

    void deactivateJob(String jobId) {
        if (jdbc.update("UPDATE interview_job_registry SET active = FALSE WHERE job_id = ?", jobId) == 0) {
            throw jobNotFound(jobId);
        }
    }

    /** Rule "new records refer to an existing, active company", decided under the company row's share lock. */
    @Override
    public void requireActiveCompany(String companyId) {
        Boolean active = locked("SELECT active, NULL FROM interview_company_registry WHERE company_id = ? FOR SHARE",
                companyId).map(Row::active).orElseThrow(() -> companyNotFound(companyId));
        if (!active) {
            throw new DomainRejection(ErrorCode.COMPANY_INACTIVE, "Company " + companyId + " is deactivated.");
        }
    }

    /** Rule "a record's job is an existing, active job of its own company", under the job row's share lock. */
    void requireActiveJob(String jobId, String companyId) {
        if (jobId == null) {
            return;
        }
        Row job = locked("SELECT active, company_id FROM interview_job_registry WHERE job_id = ? FOR SHARE", jobId)
                .orElseThrow(() -> jobNotFound(jobId));
        if (!job.companyId().equals(companyId)) {
            throw new DomainRejection(ErrorCode.JOB_COMPANY_MISMATCH,
                    "Job " + jobId + " is a job of another company than " + companyId + ".");
        }
        if (!job.active()) {
            throw new DomainRejection(ErrorCode.JOB_INACTIVE, "Job " + jobId + " is deactivated.");
        }
    }

    /** The company of a job, for access decisions (a job never changes company). */
    public Optional<String> companyOfJob(String jobId) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT company_id FROM interview_job_registry WHERE job_id = ?")) {
                query.setString(1, jobId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    static DomainRejection companyNotFound(String companyId) {
        return new DomainRejection(ErrorCode.COMPANY_NOT_FOUND, "No company " + companyId + ".");
    }

    static DomainRejection jobNotFound(String jobId) {
        return new DomainRejection(ErrorCode.JOB_NOT_FOUND, "No job " + jobId + ".");
    }

    /** A write that sets a company's name: the live-name index refuses a name an active company has. */
    private int withName(String name, String sql, Object... params) {
        return connections.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                InterviewRegistry.bind(statement, params);
                return statement.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new DomainRejection(ErrorCode.COMPANY_NAME_TAKEN, "An active company is already named " + name + ".");
                }
                throw new IllegalStateException("writing a company failed: " + e.getMessage(), e);
            }
        });
    }

    private record Row(boolean active, String companyId) {
    }

    /** A locking read on the command's connection (a write operation: a read-only one may not lock rows). */
    private Optional<Row> locked(String sql, String id) {
        return connections.executeWrite(status -> {
            try (PreparedStatement query = status.getConnection().prepareStatement(sql)) {
                query.setString(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(new Row(rows.getBoolean(1), rows.getString(2))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("reading a company or job failed: " + e.getMessage(), e);
            }
        });
    }
}
