package com.slotledger.query.interview;

import com.slotledger.query.interview.InterviewViews.AvailabilityView;
import com.slotledger.query.interview.InterviewViews.ConflictView;
import com.slotledger.query.interview.InterviewViews.InterviewView;
import com.slotledger.query.interview.InterviewViews.ScheduleView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Bookings, interviews, availability and conflicts, each filtered by the caller's scope in SQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ScheduleViewRepository extends GenericRepository<ScheduleView, String> {

    @Query("""
            SELECT * FROM interview_schedule_view b
            WHERE (CAST(:status AS TEXT) IS NULL OR b.status = :status)
              AND (CAST(:slotId AS TEXT) IS NULL OR b.slot_id = :slotId)
              AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR b.start_at >= :from)
              AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR b.start_at < :to)
              AND (CAST(:scopeCompany AS TEXT) IS NULL OR b.company_id = :scopeCompany)
              AND (CAST(:scopeInterviewer AS TEXT) IS NULL OR b.interviewer_id = :scopeInterviewer)
              AND (CAST(:scopeCandidate AS TEXT) IS NULL OR b.candidate_id = :scopeCandidate)
            ORDER BY b.start_at, b.schedule_id
            LIMIT 5000""")
    List<ScheduleView> schedules(@Nullable String status, @Nullable String slotId, @Nullable Instant from,
                                 @Nullable Instant to, @Nullable String scopeCompany, @Nullable String scopeInterviewer,
                                 @Nullable String scopeCandidate);

    default List<ScheduleView> schedules(String status, String slotId, Instant from, Instant to, InterviewScope scope) {
        return schedules(status, slotId, from, to, scope.companyId(), scope.interviewerId(), scope.candidateId());
    }

    /**
     * An interview with the times of its confirmed booking. They are read from the booking rows, not kept on the
     * interview's row: a reschedule confirms and cancels bookings of two slots, whose events two projection segments
     * may handle in either order, while each booking row only ever follows its own slot's events.
     */
    @Query("""
            SELECT i.interview_id, i.candidate_id, i.company_id, i.job_id, i.round, i.created_at,
                   b.schedule_id, b.start_at AS scheduled_start, b.end_at AS scheduled_end
            FROM interview_view i
            LEFT JOIN LATERAL (SELECT s.schedule_id, s.start_at, s.end_at FROM interview_schedule_view s
                               WHERE s.interview_id = i.interview_id AND s.status = 'CONFIRMED'
                               ORDER BY s.confirmed_at DESC, s.schedule_id LIMIT 1) b ON TRUE
            WHERE i.interview_id = :id""")
    Optional<InterviewView> interview(String id);

    @Query("""
            SELECT * FROM interview_availability_view a
            WHERE (CAST(:interviewerId AS TEXT) IS NULL OR a.interviewer_id = :interviewerId)
              AND (CAST(:scopeCompany AS TEXT) IS NULL OR a.company_id = :scopeCompany)
              AND (CAST(:scopeInterviewer AS TEXT) IS NULL OR a.interviewer_id = :scopeInterviewer)
            ORDER BY a.interviewer_id, a.day_of_week, a.start_time, a.availability_id""")
    List<AvailabilityView> availability(@Nullable String interviewerId, @Nullable String scopeCompany,
                                        @Nullable String scopeInterviewer);

    @Query("""
            SELECT * FROM interview_conflict_view c
            WHERE (CAST(:resolution AS TEXT) IS NULL OR c.resolution = :resolution)
              AND (CAST(:scopeCompany AS TEXT) IS NULL OR c.company_id = :scopeCompany)
              AND (CAST(:scopeInterviewer AS TEXT) IS NULL OR c.interviewer_id = :scopeInterviewer)
            ORDER BY c.detected_at, c.conflict_id""")
    List<ConflictView> conflicts(@Nullable String resolution, @Nullable String scopeCompany,
                                 @Nullable String scopeInterviewer);
}
