package com.slotledger.command.sitting;

import com.slotledger.api.sitting.ReferenceKind;
import com.slotledger.api.sitting.SlotCommands.CancelSlot;
import com.slotledger.api.sitting.SlotCommands.RescheduleSlot;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import io.micronaut.data.connection.ConnectionOperations;
import org.axonframework.modelling.command.Repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The slot commands in bulk, for features that generate many slots at once (course timetables): the same command
 * records, the same Slot aggregate and events, the same booking table and constraints as {@link SlotDesk}, but one
 * booking statement per batch. A slot whose room is taken is left out and reported instead of thrown, so the rest
 * of the batch commits; PostgreSQL still decides every overlap (ON CONFLICT DO NOTHING arbitrates on the unique
 * index and the exclusion constraint, a move runs under a savepoint).
 */
public class SlotBatch {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final Repository<Slot> slots;
    private final ReferenceKeys references;
    private final ConnectionOperations<Connection> connections;

    public SlotBatch(Repository<Slot> slots, ReferenceKeys references, ConnectionOperations<Connection> connections) {
        this.slots = slots;
        this.references = references;
        this.connections = connections;
    }

    /** A slot left out because its room is held: by {@code blockingSlotId} when that one is known. */
    public record Conflict(String slotId, String roomId, Instant startsAt, Instant endsAt, String blockingSlotId) {
    }

    /** Schedules every slot whose room is free and returns the others, of which nothing was written. */
    public List<Conflict> schedule(List<ScheduleSlot> commands) throws Exception {
        if (commands.isEmpty()) {
            return List.of();
        }
        requireReferences(commands.stream().map(ScheduleSlot::semesterId).toList(), ReferenceKind.SEMESTER);
        requireReferences(commands.stream().map(ScheduleSlot::roomId).toList(), ReferenceKind.ROOM);
        requireStaff(commands.stream().flatMap(c -> staffOf(c.supervisorIds(), c.lecturerId()).stream()).toList());
        hold(commands.stream().map(c -> new RoomDays.Hold(c.roomId(), c.startsAt(), c.endsAt())).toList());
        Set<String> booked = insertBookings(commands);
        List<Conflict> conflicts = new ArrayList<>();
        for (ScheduleSlot command : commands) {
            if (booked.contains(command.slotId())) {
                slots.newInstance(() -> new Slot(command));
            } else {
                conflicts.add(conflict(command.slotId(), command.roomId(), command.startsAt(), command.endsAt()));
            }
        }
        return conflicts;
    }

    /** Moves one slot if its new room and time are free; else nothing changes and the conflict is returned. */
    public Optional<Conflict> reschedule(RescheduleSlot command) {
        references.requireLive(ReferenceKind.ROOM, command.roomId());
        requireStaff(staffOf(command.supervisorIds(), command.lecturerId()));
        List<RoomDays.Hold> holds = new ArrayList<>(held(List.of(command.slotId())));
        holds.add(new RoomDays.Hold(command.roomId(), command.startsAt(), command.endsAt()));
        hold(holds);
        if (!moveBooking(command)) {
            return Optional.of(conflict(command.slotId(), command.roomId(), command.startsAt(), command.endsAt()));
        }
        slots.load(command.slotId()).execute(slot -> slot.reschedule(command));
        return Optional.empty();
    }

    /** Cancels live slots and frees their rooms. */
    public void cancel(List<CancelSlot> commands) {
        if (!commands.isEmpty()) {
            hold(held(commands.stream().map(CancelSlot::slotId).toList()));
        }
        for (CancelSlot command : commands) {
            slots.load(command.slotId()).execute(slot -> slot.cancel(command));
        }
        if (!commands.isEmpty()) {
            write("UPDATE sitting_slot_booking SET active = FALSE WHERE slot_id = ANY(?)",
                    commands.stream().map(CancelSlot::slotId).toList());
        }
    }

    /**
     * Takes the rooms these bookings hold, in the one order every booking writer uses ({@link RoomDays}). A command
     * that writes bookings in several steps calls this first with all of them, so it takes every lock at once.
     */
    public void hold(Collection<RoomDays.Hold> holds) {
        if (holds.isEmpty()) {
            return;
        }
        RoomDays.lock(connections, holds);
    }

    /** What these slots' live bookings hold now. */
    public List<RoomDays.Hold> held(Collection<String> slotIds) {
        return bookings(slotIds).values().stream().filter(SlotBookings.Booking::active)
                .map(b -> new RoomDays.Hold(b.roomId(), b.startsAt(), b.endsAt())).toList();
    }

    /** The bookings of these slots (live or not), by slot id. */
    public Map<String, SlotBookings.Booking> bookings(Collection<String> slotIds) {
        if (slotIds.isEmpty()) {
            return Map.of();
        }
        return connections.executeRead(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT * FROM sitting_slot_booking WHERE slot_id = ANY(?)")) {
                statement.setArray(1, connection.createArrayOf("varchar", slotIds.toArray()));
                Map<String, SlotBookings.Booking> bookings = new HashMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        bookings.put(rows.getString("slot_id"), new SlotBookings.Booking(rows.getString("slot_id"),
                                rows.getString("semester_id"), rows.getString("room_id"), instant(rows, "starts_at"),
                                instant(rows, "ends_at"), ZoneId.of(rows.getString("zone")), rows.getBoolean("active")));
                    }
                }
                return bookings;
            } catch (SQLException e) {
                throw new IllegalStateException("booking lookup failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Usually every room is free: a plain insert under a savepoint books the whole batch (the constraints check each
     * row once). If any row is refused, the savepoint undoes the batch and ON CONFLICT DO NOTHING books the rest,
     * the database arbitrating row by row (speculative insertion costs about a third more, so only then).
     */
    private Set<String> insertBookings(List<ScheduleSlot> commands) {
        String insert = """
                INSERT INTO sitting_slot_booking (slot_id, semester_id, room_id, starts_at, ends_at, zone)
                SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::timestamptz[],
                    ?::varchar[])""";
        return connections.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                Savepoint savepoint = connection.setSavepoint();
                try (PreparedStatement statement = bookingRows(connection, insert, commands)) {
                    statement.executeUpdate();
                    return commands.stream().map(ScheduleSlot::slotId).collect(Collectors.toSet());
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState()) && !EXCLUSION_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    connection.rollback(savepoint);
                }
                try (PreparedStatement statement = bookingRows(connection,
                        insert + " ON CONFLICT DO NOTHING RETURNING slot_id", commands);
                     ResultSet rows = statement.executeQuery()) {
                    Set<String> booked = new HashSet<>();
                    while (rows.next()) {
                        booked.add(rows.getString(1));
                    }
                    return booked;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("booking failed: " + e.getMessage(), e);
            }
        });
    }

    private static PreparedStatement bookingRows(Connection connection, String sql, List<ScheduleSlot> commands)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setArray(1, connection.createArrayOf("varchar", commands.stream().map(ScheduleSlot::slotId).toArray()));
        statement.setArray(2, connection.createArrayOf("varchar", commands.stream().map(ScheduleSlot::semesterId).toArray()));
        statement.setArray(3, connection.createArrayOf("varchar", commands.stream().map(ScheduleSlot::roomId).toArray()));
        statement.setArray(4, connection.createArrayOf("timestamptz", commands.stream().map(c -> utc(c.startsAt())).toArray()));
        statement.setArray(5, connection.createArrayOf("timestamptz", commands.stream().map(c -> utc(c.endsAt())).toArray()));
        statement.setArray(6, connection.createArrayOf("varchar", commands.stream().map(c -> c.zone().getId()).toArray()));
        return statement;
    }

    /** The update runs under a savepoint: a refused move must not abort the command's whole transaction. */
    private boolean moveBooking(RescheduleSlot command) {
        return connections.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                Savepoint savepoint = connection.setSavepoint();
                try (PreparedStatement statement = connection.prepareStatement(
                        "UPDATE sitting_slot_booking SET room_id = ?, starts_at = ?, ends_at = ?, zone = ? WHERE slot_id = ?")) {
                    statement.setString(1, command.roomId());
                    statement.setObject(2, utc(command.startsAt()));
                    statement.setObject(3, utc(command.endsAt()));
                    statement.setString(4, command.zone().getId());
                    statement.setString(5, command.slotId());
                    statement.executeUpdate();
                    connection.releaseSavepoint(savepoint);
                    return true;
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState()) && !EXCLUSION_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    connection.rollback(savepoint);
                    return false;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("booking move failed: " + e.getMessage(), e);
            }
        });
    }

    /** Only for the answer: which live slot holds the room then (the database has already decided). */
    private Conflict conflict(String slotId, String roomId, Instant startsAt, Instant endsAt) {
        String blocking = connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("""
                    SELECT slot_id FROM sitting_slot_booking WHERE active AND room_id = ? AND slot_id <> ?
                      AND tstzrange(starts_at, ends_at) && tstzrange(?, ?) ORDER BY starts_at LIMIT 1""")) {
                statement.setString(1, roomId);
                statement.setString(2, slotId);
                statement.setObject(3, utc(startsAt));
                statement.setObject(4, utc(endsAt));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("booking lookup failed: " + e.getMessage(), e);
            }
        });
        return new Conflict(slotId, roomId, startsAt, endsAt, blocking);
    }

    private void requireReferences(List<String> ids, ReferenceKind kind) {
        new LinkedHashSet<>(ids).forEach(id -> references.requireLive(kind, id));
    }

    private void requireStaff(List<String> ids) {
        requireReferences(ids, ReferenceKind.STAFF);
    }

    private static List<String> staffOf(List<String> supervisors, String lecturer) {
        List<String> staff = new ArrayList<>(supervisors);
        if (lecturer != null) {
            staff.add(lecturer);
        }
        return staff;
    }

    private void write(String sql, List<String> slotIds) {
        connections.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("varchar", slotIds.toArray()));
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("booking update failed: " + e.getMessage(), e);
            }
        });
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
