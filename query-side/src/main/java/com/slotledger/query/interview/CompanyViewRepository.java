package com.slotledger.query.interview;

import com.slotledger.query.interview.CompanyViews.CompanyView;
import com.slotledger.query.interview.CompanyViews.JobView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * Companies and jobs with the reader's scope applied in SQL: a company (null: any), or the companies interviewing a
 * candidate (null: no such limit).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CompanyViewRepository extends GenericRepository<CompanyView, String> {

    @Query("""
            SELECT * FROM interview_company_view c
            WHERE (CAST(:active AS BOOLEAN) IS NULL OR c.active = :active)
              AND (CAST(:scopeCompany AS TEXT) IS NULL OR c.company_id = :scopeCompany)
              AND (CAST(:scopeCandidate AS TEXT) IS NULL OR c.company_id IN
                   (SELECT i.company_id FROM interview_view i WHERE i.candidate_id = :scopeCandidate))
            ORDER BY c.name, c.company_id
            LIMIT 5000""")
    List<CompanyView> companies(@Nullable Boolean active, @Nullable String scopeCompany,
                                @Nullable String scopeCandidate);

    @Query("""
            SELECT * FROM interview_job_view j
            WHERE (CAST(:companyId AS TEXT) IS NULL OR j.company_id = :companyId)
              AND (CAST(:active AS BOOLEAN) IS NULL OR j.active = :active)
              AND (CAST(:scopeCompany AS TEXT) IS NULL OR j.company_id = :scopeCompany)
              AND (CAST(:scopeCandidate AS TEXT) IS NULL OR j.company_id IN
                   (SELECT i.company_id FROM interview_view i WHERE i.candidate_id = :scopeCandidate))
            ORDER BY j.company_id, j.title, j.job_id
            LIMIT 5000""")
    List<JobView> jobs(@Nullable String companyId, @Nullable Boolean active, @Nullable String scopeCompany,
                       @Nullable String scopeCandidate);
}
