package com.slotledger.query.interview;

import com.slotledger.query.interview.InterviewViews.SlotView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Slot listings with the caller's scope applied in SQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InterviewViewRepository extends GenericRepository<SlotView, String> {

    @Query("""
            SELECT * FROM interview_slot_view s
            WHERE (CAST(:status AS TEXT) IS NULL OR s.status = :status)
              AND (CAST(:interviewerId AS TEXT) IS NULL OR s.interviewer_id = :interviewerId)
              AND (CAST(:companyId AS TEXT) IS NULL OR s.company_id = :companyId)
              AND (CAST(:jobId AS TEXT) IS NULL OR s.job_id = :jobId)
              AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR s.start_at >= :from)
              AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR s.start_at < :to)
              AND (CAST(:startsAfter AS TIMESTAMPTZ) IS NULL OR s.start_at > :startsAfter)
              AND (CAST(:minDuration AS INTEGER) IS NULL OR s.duration_minutes >= :minDuration)
              AND (CAST(:scopeCompany AS TEXT) IS NULL OR s.company_id = :scopeCompany)
              AND (CAST(:scopeInterviewer AS TEXT) IS NULL OR s.interviewer_id = :scopeInterviewer)
              AND (CAST(:scopeCandidate AS TEXT) IS NULL OR s.company_id IN
                   (SELECT i.company_id FROM interview_view i WHERE i.candidate_id = :scopeCandidate))
            ORDER BY s.start_at, s.slot_id
            LIMIT 5000""")
    List<SlotView> slots(@Nullable String status, @Nullable String interviewerId, @Nullable String companyId,
                         @Nullable String jobId, @Nullable Instant from, @Nullable Instant to,
                         @Nullable Instant startsAfter, @Nullable Integer minDuration, @Nullable String scopeCompany, @Nullable String scopeInterviewer,
                         @Nullable String scopeCandidate);

    default List<SlotView> slots(SlotFilter filter, InterviewScope scope) {
        return slots(filter.status(), filter.interviewerId(), filter.companyId(), filter.jobId(), filter.from(),
                filter.to(), filter.startsAfter(), filter.minDuration(), scope.companyId(), scope.interviewerId(),
                scope.candidateId());
    }

    /** Null fields do not filter; {@code from}/{@code to} bound the start, {@code startsAfter} keeps future slots. */
    record SlotFilter(String status, String interviewerId, String companyId, String jobId, Instant from, Instant to,
                      Instant startsAfter, Integer minDuration) {

        static SlotFilter listing(String status, String interviewerId, String companyId, String jobId) {
            return new SlotFilter(status, interviewerId, companyId, jobId, null, null, null, null);
        }
    }
}
