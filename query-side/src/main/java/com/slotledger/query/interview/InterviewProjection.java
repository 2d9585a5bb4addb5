package com.slotledger.query.interview;

import com.slotledger.api.interview.InterviewEvents.AvailabilityChanged;
import com.slotledger.api.interview.InterviewEvents.AvailabilityDefined;
import com.slotledger.api.interview.InterviewEvents.AvailabilityRemoved;
import com.slotledger.api.interview.InterviewEvents.BookingCancelled;
import com.slotledger.api.interview.InterviewEvents.BookingConfirmed;
import com.slotledger.api.interview.InterviewEvents.ConflictDetected;
import com.slotledger.api.interview.InterviewEvents.ConflictResolved;
import com.slotledger.api.interview.InterviewEvents.InterviewBooked;
import com.slotledger.api.interview.InterviewEvents.InterviewCreated;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotCancelled;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotCompleted;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotCreated;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotFilled;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotReopened;
import com.slotledger.api.interview.InterviewTypes.AvailabilityPattern;
import com.slotledger.api.interview.InterviewTypes.RecurringPattern;
import com.slotledger.api.interview.InterviewTypes.SlotSpec;
import com.slotledger.query.shared.Projection;
import com.slotledger.query.shared.ViewWrites;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.sql.Connection;
import java.sql.Date;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static com.slotledger.query.shared.ViewWrites.time;

/**
 * Keeps the interview read models. Writes run in the processor's unit of work (with its token), and every write
 * sets state from the event alone or recounts it, so a replay rebuilds the same rows.
 */
@Singleton
public class InterviewProjection implements Projection {

    public static final String NAME = "interview";
    public static final List<String> TABLES = List.of("interview_slot_view", "interview_schedule_view",
            "interview_view", "interview_availability_view", "interview_conflict_view");

    private final ViewWrites views;

    public InterviewProjection(ConnectionOperations<Connection> connections) {
        this.views = new ViewWrites(connections, "the interview views");
    }

    @Override
    public String projectionName() {
        return NAME;
    }

    @EventHandler
    void on(InterviewCreated e) {
        views.write("""
                INSERT INTO interview_view (interview_id, candidate_id, company_id, job_id, round, created_at)
                VALUES (?,?,?,?,?,?) ON CONFLICT (interview_id) DO NOTHING""",
                e.interviewId(), e.candidateId(), e.companyId(), e.jobId(), e.round(), time(e.createdAt()));
    }

    @EventHandler
    void on(InterviewSlotCreated e) {
        SlotSpec s = e.spec();
        RecurringPattern p = e.pattern();
        views.write("""
                INSERT INTO interview_slot_view (slot_id, type, status, interviewer_id, company_id, job_id, start_at,
                    end_at, duration_minutes, zone, max_candidates, current_bookings, notes, series_id, series_days,
                    series_start_date, series_end_date, created_by, created_at)
                VALUES (?,?,'AVAILABLE',?,?,?,?,?,?,?,?,0,?,?,?,?,?,?,?) ON CONFLICT (slot_id) DO NOTHING""",
                e.slotId(), s.type().name(), s.interviewerId(), s.companyId(), s.jobId(), time(s.start()), time(s.end()),
                (int) java.time.Duration.between(s.start(), s.end()).toMinutes(), s.zone(), s.maxCandidates(), s.notes(),
                e.seriesId(), p == null ? null : p.daysOfWeek().stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(",")),
                p == null ? null : date(p.startDate()), p == null ? null : date(p.endDate()), e.createdBy(),
                time(e.createdAt()));
    }

    @EventHandler
    void on(InterviewBooked e) {
        views.write("""
                INSERT INTO interview_schedule_view (schedule_id, slot_id, interview_id, candidate_id, company_id,
                    interviewer_id, start_at, end_at, status, notes, booked_by, booked_at)
                VALUES (?,?,?,?,?,?,?,?,'PENDING',?,?,?) ON CONFLICT (schedule_id) DO NOTHING""",
                e.scheduleId(), e.slotId(), e.interviewId(), e.candidateId(), e.companyId(), e.interviewerId(),
                time(e.start()), time(e.end()), e.notes(), e.bookedBy(), time(e.bookedAt()));
        recount(e.slotId());
    }

    @EventHandler
    void on(BookingConfirmed e) {
        views.write("UPDATE interview_schedule_view SET status = 'CONFIRMED', confirmed_at = ? WHERE schedule_id = ?",
                time(e.confirmedAt()), e.scheduleId());
    }

    @EventHandler
    void on(BookingCancelled e) {
        views.write("""
                UPDATE interview_schedule_view SET status = ?, cancelled_at = ?, cancellation_reason = ?, cancelled_by = ?
                WHERE schedule_id = ?""", e.status().name(), time(e.cancelledAt()), e.reason(), e.cancelledBy(),
                e.scheduleId());
        recount(e.slotId());
    }

    @EventHandler
    void on(InterviewSlotFilled e) {
        views.write("UPDATE interview_slot_view SET status = 'BOOKED' WHERE slot_id = ?", e.slotId());
    }

    @EventHandler
    void on(InterviewSlotReopened e) {
        views.write("UPDATE interview_slot_view SET status = 'AVAILABLE' WHERE slot_id = ?", e.slotId());
    }

    @EventHandler
    void on(InterviewSlotCancelled e) {
        views.write("""
                UPDATE interview_slot_view SET status = 'CANCELLED', cancelled_at = ?, cancelled_by = ?,
                    cancellation_reason = ? WHERE slot_id = ?""",
                time(e.cancelledAt()), e.cancelledBy(), e.reason(), e.slotId());
    }

    @EventHandler
    void on(InterviewSlotCompleted e) {
        views.write("UPDATE interview_slot_view SET status = 'COMPLETED', completed_at = ?, completed_by = ? WHERE slot_id = ?",
                time(e.completedAt()), e.completedBy(), e.slotId());
    }

    @EventHandler
    void on(AvailabilityDefined e) {
        availability(e.availabilityId(), e.pattern(), e.definedAt());
    }

    @EventHandler
    void on(AvailabilityChanged e) {
        availability(e.availabilityId(), e.pattern(), e.changedAt());
    }

    @EventHandler
    void on(AvailabilityRemoved e) {
        views.write("DELETE FROM interview_availability_view WHERE availability_id = ?", e.availabilityId());
    }

    @EventHandler
    void on(ConflictDetected e) {
        views.write("""
                INSERT INTO interview_conflict_view (conflict_id, type, resolution, slot_id, conflicting_slot_id,
                    interviewer_id, company_id, details, detected_at)
                VALUES (?,?,'PENDING',?,?,?,?,?,?) ON CONFLICT (conflict_id) DO NOTHING""",
                e.conflictId(), e.type().name(), e.slotId(), e.conflictingSlotId(), e.interviewerId(), e.companyId(),
                e.details(), time(e.detectedAt()));
    }

    @EventHandler
    void on(ConflictResolved e) {
        views.write("UPDATE interview_conflict_view SET resolution = ?, notes = ?, resolved_at = ?, resolved_by = ? WHERE conflict_id = ?",
                e.resolution().name(), e.notes(), time(e.resolvedAt()), e.resolvedBy(), e.conflictId());
    }

    @ResetHandler
    void reset() {
        views.clear(TABLES);
    }

    private void availability(String id, AvailabilityPattern p, Instant at) {
        views.write("""
                INSERT INTO interview_availability_view (availability_id, interviewer_id, company_id, day_of_week,
                    start_time, end_time, slot_duration, break_duration, is_available, max_slots_per_day, valid_from,
                    valid_until, zone, updated_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (availability_id) DO UPDATE SET
                    day_of_week = excluded.day_of_week, start_time = excluded.start_time, end_time = excluded.end_time,
                    slot_duration = excluded.slot_duration, break_duration = excluded.break_duration,
                    is_available = excluded.is_available, max_slots_per_day = excluded.max_slots_per_day,
                    valid_from = excluded.valid_from, valid_until = excluded.valid_until, zone = excluded.zone,
                    updated_at = excluded.updated_at""",
                id, p.interviewerId(), p.companyId(), p.dayOfWeek(), Time.valueOf(p.startTime()), Time.valueOf(p.endTime()),
                p.slotDuration(), p.breakDuration(), p.available(), p.maxSlotsPerDay(), date(p.validFrom()),
                date(p.validUntil()), p.zone(), time(at));
    }

    /** Bookings are counted, not incremented: the count is right however often an event is seen. */
    private void recount(String slotId) {
        views.write("""
                UPDATE interview_slot_view SET current_bookings = (SELECT count(*) FROM interview_schedule_view
                    WHERE slot_id = ? AND status IN ('PENDING', 'CONFIRMED')) WHERE slot_id = ?""", slotId, slotId);
    }



    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
