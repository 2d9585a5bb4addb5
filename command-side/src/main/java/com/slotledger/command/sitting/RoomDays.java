package com.slotledger.command.sitting;

import io.micronaut.data.connection.ConnectionOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The order in which booking writers take rooms: before writing bookings, a transaction takes a transaction-scoped
 * advisory lock on every (room, UTC day) its new or moved bookings will hold, all in one statement and in one
 * ascending order. Two bookings that could collide share such a day, so of two writers the second waits until the
 * first has committed and then meets a committed booking: the exclusion constraint still decides. Without this, two
 * writers that each insert a row the other's uncommitted row blocks wait for each other, and PostgreSQL breaks the
 * deadlock by aborting one (two forced generations crossing in one room did). Freed bookings need no lock; taking
 * one again in the same transaction is free. The key is the room id's Java hash (the same on every node; a
 * collision only makes two rooms wait for each other) and the UTC day.
 */
public final class RoomDays {

    private RoomDays() {
    }

    /** A booking about to be written: the room it holds, over [startsAt, endsAt). */
    public record Hold(String roomId, Instant startsAt, Instant endsAt) {
    }

    private record Key(int room, int day) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return room != other.room ? Integer.compare(room, other.room) : Integer.compare(day, other.day);
        }
    }

    /** Takes the locks of these bookings in the current transaction. */
    static void lock(ConnectionOperations<Connection> connections, Collection<Hold> holds) {
        connections.executeWrite(status -> {
            try {
                lock(status.getConnection(), holds);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("room lock failed: " + e.getMessage(), e);
            }
        });
    }

    private static void lock(Connection connection, Collection<Hold> holds) throws SQLException {
        TreeSet<Key> keys = new TreeSet<>();
        for (Hold hold : holds) {
            long first = hold.startsAt().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
            long last = hold.endsAt().minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
            for (long day = first; day <= last; day++) {
                keys.add(new Key(hold.roomId().hashCode(), (int) day));
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(pg_advisory_xact_lock(r, d)) FROM unnest(?::int4[], ?::int4[]) AS t(r, d)")) {
            statement.setArray(1, connection.createArrayOf("int4", keys.stream().map(Key::room).toArray()));
            statement.setArray(2, connection.createArrayOf("int4", keys.stream().map(Key::day).toArray()));
            statement.executeQuery().close();
        }
    }
}
