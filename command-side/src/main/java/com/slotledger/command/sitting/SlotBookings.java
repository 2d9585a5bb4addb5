package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Room bookings of live slots, written in the scheduling command's transaction. The exclusion constraint decides;
 * the pre-check only gives the clearer answer (SLOT_TAKEN) when the same semester already has a slot there at the
 * same start.
 */
@Singleton
public class SlotBookings {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final ConnectionOperations<Connection> connections;

    public SlotBookings(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    public record Booking(String slotId, String semesterId, String roomId, Instant startsAt, Instant endsAt, ZoneId zone,
                          boolean active) {
    }

    void book(String slotId, String semesterId, String roomId, Instant startsAt, Instant endsAt, ZoneId zone) {
        hold(List.of(new RoomDays.Hold(roomId, startsAt, endsAt)));
        write("INSERT INTO sitting_slot_booking (semester_id, room_id, starts_at, ends_at, zone, slot_id) VALUES (?,?,?,?,?,?)",
                slotId, semesterId, roomId, startsAt, endsAt, zone);
    }

    void move(String slotId, String semesterId, String roomId, Instant startsAt, Instant endsAt, ZoneId zone) {
        List<RoomDays.Hold> holds = new ArrayList<>();
        find(slotId).filter(Booking::active).ifPresent(b -> holds.add(new RoomDays.Hold(b.roomId(), b.startsAt(), b.endsAt())));
        holds.add(new RoomDays.Hold(roomId, startsAt, endsAt));
        hold(holds);
        write("UPDATE sitting_slot_booking SET semester_id = ?, room_id = ?, starts_at = ?, ends_at = ?, zone = ? WHERE slot_id = ?",
                slotId, semesterId, roomId, startsAt, endsAt, zone);
    }

    void release(String slotId) {
        find(slotId).filter(Booking::active)
                .ifPresent(b -> hold(List.of(new RoomDays.Hold(b.roomId(), b.startsAt(), b.endsAt()))));
        connections.executeWrite(status -> execute(status.getConnection(),
                "UPDATE sitting_slot_booking SET active = FALSE WHERE slot_id = ?", slotId));
    }

    public Optional<Booking> find(String slotId) {
        return query("SELECT * FROM sitting_slot_booking WHERE slot_id = ?", slotId);
    }

    /**
     * The live slot of a semester in a room at a start time: the CSV import's key. The range condition lets the
     * overlap constraint's index (time range, room) find it.
     */
    public Optional<Booking> findByStart(String semesterId, String roomId, Instant startsAt) {
        return query("""
                SELECT * FROM sitting_slot_booking WHERE tstzrange(starts_at, ends_at) @> ? AND room_id = ? AND active
                  AND starts_at = ? AND semester_id = ?""", utc(startsAt), roomId, utc(startsAt), semesterId);
    }

    /**
     * The same, with the start as a wall-clock time read in each slot's own zone, which is within 18 hours of that
     * wall-clock time read in UTC (zone offsets lie between -12 and +14 hours).
     */
    public Optional<Booking> findByLocalStart(String semesterId, String roomId, LocalDateTime startsAt) {
        OffsetDateTime asUtc = startsAt.atOffset(ZoneOffset.UTC);
        return query("""
                SELECT * FROM sitting_slot_booking WHERE tstzrange(starts_at, ends_at) && tstzrange(?, ?)
                  AND room_id = ? AND active AND semester_id = ? AND (starts_at AT TIME ZONE zone) = ?
                ORDER BY starts_at LIMIT 1""", asUtc.minusHours(18), asUtc.plusHours(18), roomId, semesterId, startsAt);
    }

    private void write(String sql, String slotId, String semesterId, String roomId, Instant startsAt, Instant endsAt,
                       ZoneId zone) {
        Optional<Booking> same = findByStart(semesterId, roomId, startsAt);
        if (same.isPresent() && !same.get().slotId().equals(slotId)) {
            throw taken();
        }
        connections.executeWrite(status -> {
            try {
                return execute(status.getConnection(), sql, semesterId, roomId, utc(startsAt), utc(endsAt), zone.getId(), slotId);
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof SQLException sql2 && UNIQUE_VIOLATION.equals(sql2.getSQLState())) {
                    throw taken();
                }
                if (e.getCause() instanceof SQLException sql2 && EXCLUSION_VIOLATION.equals(sql2.getSQLState())) {
                    throw new DomainRejection(ErrorCode.SLOT_OVERLAP, "The room is booked by another slot at that time.");
                }
                throw e;
            }
        });
    }

    /** The room order every booking writer follows ({@link RoomDays}). */
    private void hold(List<RoomDays.Hold> holds) {
        RoomDays.lock(connections, holds);
    }

    private static DomainRejection taken() {
        return new DomainRejection(ErrorCode.SLOT_TAKEN, "The semester already has a slot in that room at that start time.");
    }

    private static int execute(Connection connection, String sql, Object... params) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("booking failed: " + e.getMessage(), e);
        }
    }

    private Optional<Booking> query(String sql, Object... params) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Booking(rows.getString("slot_id"), rows.getString("semester_id"),
                            rows.getString("room_id"), rows.getObject("starts_at", OffsetDateTime.class).toInstant(),
                            rows.getObject("ends_at", OffsetDateTime.class).toInstant(), ZoneId.of(rows.getString("zone")),
                            rows.getBoolean("active")));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("booking lookup failed: " + e.getMessage(), e);
            }
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
