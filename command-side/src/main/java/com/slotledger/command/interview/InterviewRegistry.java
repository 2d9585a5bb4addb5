package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewTypes.SlotSpec;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.shared.Jdbc;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command side's lookup tables for interviews, written in the command's transaction: PostgreSQL's exclusion
 * constraints and the CHECKed capacity counter decide overlaps and seats, never a read in Java.
 */
@Singleton
public class InterviewRegistry {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final Jdbc jdbc;
    private final ConnectionOperations<Connection> connections;

    public InterviewRegistry(Jdbc jdbc, ConnectionOperations<Connection> connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    public record SlotRef(String slotId, String interviewerId, String companyId, Instant start, Instant end) {
    }

    public record InterviewRef(String interviewId, String candidateId, String companyId) {
    }

    public record BookingRef(String scheduleId, String slotId, String interviewId, String candidateId,
                             String companyId, String interviewerId, boolean active) {
    }

    private static final String CLAIM_SLOT = """
            INSERT INTO interview_slot_registry (slot_id, interviewer_id, company_id, job_id, during, max_candidates,
                counted_day)
            VALUES (?, ?, ?, ?, tstzrange(?, ?, '[)'), ?, ?)""";

    /** What claiming a slot's time came to. */
    enum Claim { CLAIMED, OVERLAP, DAY_FULL }

    /**
     * Claims the interviewer's time unless it overlaps (the exclusion constraint decides), and counts the slot on its
     * day unless the day already holds {@code maxPerDay} slots (null: no limit; the counter row's lock and WHERE
     * decide). A refusal rolls back only this claim (a savepoint), so a series can go on with its next occurrence.
     */
    Claim tryClaimSlot(String slotId, SlotSpec spec, LocalDate day, Integer maxPerDay) {
        return connections.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                Savepoint savepoint = connection.setSavepoint();
                try (PreparedStatement insert = connection.prepareStatement(CLAIM_SLOT);
                     PreparedStatement count = connection.prepareStatement(COUNT_DAY)) {
                    bind(insert, slotId, spec.interviewerId(), spec.companyId(), spec.jobId(), time(spec.start()),
                            time(spec.end()), spec.maxCandidates(), day);
                    insert.executeUpdate();
                    bind(count, spec.interviewerId(), day, maxPerDay == null ? Integer.MAX_VALUE : maxPerDay);
                    if (count.executeUpdate() == 0) {
                        connection.rollback(savepoint);
                        return Claim.DAY_FULL;
                    }
                    connection.releaseSavepoint(savepoint);
                    return Claim.CLAIMED;
                } catch (SQLException e) {
                    if (!EXCLUSION_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    connection.rollback(savepoint);
                    return Claim.OVERLAP;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("claiming a slot failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Closes a cancelled slot's row: the interviewer's time is free again (the overlap constraint skips cancelled
     * slots), its seats are given back, its live bookings end (the candidates' times and the interviews are free
     * again) and its day counts one slot less. The slot's row is locked first, as by every booking command, so
     * bookers and the cancellation of one slot queue in the database.
     */
    void cancelSlot(String slotId) {
        connections.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement close = connection.prepareStatement("""
                    UPDATE interview_slot_registry SET cancelled = TRUE, booked = 0 WHERE slot_id = ? AND NOT cancelled
                    RETURNING interviewer_id, counted_day""");
                 PreparedStatement release = connection.prepareStatement(
                         "UPDATE interview_booking_registry SET active = FALSE WHERE slot_id = ? AND active");
                 PreparedStatement uncount = connection.prepareStatement(
                         "UPDATE interview_interviewer_day SET slots = slots - 1 WHERE interviewer_id = ? AND day = ?")) {
                bind(close, slotId);
                try (ResultSet closed = close.executeQuery()) {
                    if (!closed.next()) {
                        return null; // already cancelled: the slot itself says so
                    }
                    bind(release, slotId);
                    release.executeUpdate();
                    LocalDate day = closed.getObject(2, LocalDate.class);
                    if (day != null) {
                        bind(uncount, closed.getString(1), day);
                        uncount.executeUpdate();
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("cancelling a slot failed: " + e.getMessage(), e);
            }
        });
    }

    /** One more slot on the interviewer's day, unless the day holds the maximum already (then no row changes). */
    private static final String COUNT_DAY = """
            INSERT INTO interview_interviewer_day AS d (interviewer_id, day, slots) VALUES (?, ?, 1)
            ON CONFLICT (interviewer_id, day) DO UPDATE SET slots = d.slots + 1 WHERE d.slots < ?""";

    void claimInterview(String interviewId, String candidateId, String companyId, String jobId) {
        jdbc.insertUnique("INSERT INTO interview_registry (interview_id, candidate_id, company_id, job_id) VALUES (?,?,?,?)",
                ErrorCode.VALIDATION_FAILED, "Interview " + interviewId + " exists.", interviewId, candidateId, companyId,
                jobId);
    }

    /**
     * Takes one seat of the slot. The row lock queues concurrent bookers of one slot, on any node; the WHERE and the
     * CHECK keep the counter within max_candidates.
     */
    boolean takeSeat(String slotId) {
        return jdbc.update("UPDATE interview_slot_registry SET booked = booked + 1 WHERE slot_id = ? AND booked < max_candidates",
                slotId) == 1;
    }

    /** Gives back the seat of a live booking; false when the booking is no longer live (nothing changes then). */
    boolean freeSeat(String slotId, String scheduleId) {
        return jdbc.update("""
                UPDATE interview_slot_registry SET booked = booked - 1 WHERE slot_id = ? AND booked > 0
                AND EXISTS (SELECT 1 FROM interview_booking_registry WHERE schedule_id = ? AND slot_id = ? AND active)""",
                slotId, scheduleId, slotId) == 1;
    }

    /** Takes the candidate's time and the interview: an overlap or a second live booking is refused. */
    void claimBooking(String scheduleId, BookingRef booking, Instant start, Instant end) {
        connections.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO interview_booking_registry (schedule_id, slot_id, interview_id, candidate_id, during, active)
                    VALUES (?, ?, ?, ?, tstzrange(?, ?, '[)'), TRUE)""")) {
                bind(insert, scheduleId, booking.slotId(), booking.interviewId(), booking.candidateId(), time(start),
                        time(end));
                return insert.executeUpdate();
            } catch (SQLException e) {
                if (EXCLUSION_VIOLATION.equals(e.getSQLState())) {
                    throw new DomainRejection(ErrorCode.CANDIDATE_OVERLAP,
                            "The candidate already has an interview overlapping this slot.");
                }
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new DomainRejection(ErrorCode.INTERVIEW_ALREADY_BOOKED,
                            "The interview already has a live booking; cancel or reschedule it.");
                }
                throw new IllegalStateException("claiming a booking failed: " + e.getMessage(), e);
            }
        });
    }

    void releaseBooking(String scheduleId) {
        jdbc.update("UPDATE interview_booking_registry SET active = FALSE WHERE schedule_id = ?", scheduleId);
    }

    public Optional<SlotRef> slot(String slotId) {
        return one("SELECT slot_id, interviewer_id, company_id, lower(during), upper(during) FROM interview_slot_registry WHERE slot_id = ?",
                rows -> new SlotRef(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getObject(4, OffsetDateTime.class).toInstant(),
                        rows.getObject(5, OffsetDateTime.class).toInstant()), slotId);
    }

    public Optional<InterviewRef> interview(String interviewId) {
        return one("SELECT interview_id, candidate_id, company_id FROM interview_registry WHERE interview_id = ?",
                rows -> new InterviewRef(rows.getString(1), rows.getString(2), rows.getString(3)), interviewId);
    }

    public Optional<BookingRef> booking(String scheduleId) {
        return one("""
                SELECT b.schedule_id, b.slot_id, b.interview_id, b.candidate_id, s.company_id, s.interviewer_id, b.active
                FROM interview_booking_registry b JOIN interview_slot_registry s ON s.slot_id = b.slot_id
                WHERE b.schedule_id = ?""",
                rows -> new BookingRef(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getBoolean(7)), scheduleId);
    }

    /** The live booking of an interview in a slot, for the seed's "release my seat in this slot". */
    public Optional<String> activeBookingOf(String slotId, String interviewId) {
        return one("SELECT schedule_id FROM interview_booking_registry WHERE slot_id = ? AND interview_id = ? AND active",
                rows -> rows.getString(1), slotId, interviewId);
    }

    /** Each given aggregate's newest event position (read-your-writes holds per aggregate). */
    public Map<String, Long> lastPositions(List<String> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT aggregateidentifier, max(globalindex) FROM domainevententry
                    WHERE aggregateidentifier = ANY (?) GROUP BY aggregateidentifier""")) {
                query.setArray(1, connection.createArrayOf("varchar", aggregateIds.toArray()));
                Map<String, Long> positions = new HashMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        positions.put(rows.getString(1), rows.getLong(2));
                    }
                }
                return positions;
            }
        });
    }

    private <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                bind(query, params);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(row.map(rows)) : Optional.empty();
                }
            }
        });
    }

    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rows) throws SQLException;
    }
}
