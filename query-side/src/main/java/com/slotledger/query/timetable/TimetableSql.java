package com.slotledger.query.timetable;

import com.slotledger.query.shared.BatchedWrites;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain SQL for the timetable read models. In the projection, writes are queued and sent as JDBC batches when the
 * processor's transaction (with its token) commits; reads map each row through a {@link Rows} function.
 */
@Singleton
class TimetableSql {

    private final ConnectionOperations<Connection> connections;
    private final BatchedWrites writes;

    TimetableSql(ConnectionOperations<Connection> connections) {
        this.connections = connections;
        this.writes = new BatchedWrites("timetable", connections, TimetableSql::bind);
    }

    @FunctionalInterface
    interface Rows<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** In the projection, sent with the processing batch's commit (see {@link BatchedWrites}). */
    void write(String sql, Object... params) {
        writes.write(sql, params);
    }

    <T> List<T> rows(Rows<T> mapper, String sql, Object... params) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                bind(statement, params);
                List<T> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(mapper.map(result));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("timetable query failed: " + e.getMessage(), e);
            }
        });
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static LocalTime time(ResultSet row, String column) throws SQLException {
        Time value = row.getTime(column);
        return value == null ? null : value.toLocalTime();
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant instant) {
                value = instant.atOffset(ZoneOffset.UTC);
            } else if (value instanceof LocalDate date) {
                value = Date.valueOf(date);
            } else if (value instanceof LocalTime time) {
                value = Time.valueOf(time);
            } else if (value instanceof Enum<?> e) {
                value = e.name();
            } else if (value instanceof String[] strings) {
                value = statement.getConnection().createArrayOf("varchar", strings);
            } else if (value instanceof LocalDate[] dates) {
                value = statement.getConnection().createArrayOf("date", Arrays.stream(dates).map(Date::valueOf).toArray());
            }
            statement.setObject(i + 1, value);
        }
    }
}
