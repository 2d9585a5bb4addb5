package com.slotledger.query.shared;

import io.micronaut.data.connection.ConnectionOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A read model's writes, each sent at once in the projection's transaction with its parameters as given; an error
 * names the read model. For projections whose few writes per event need no batching ({@link BatchedWrites} queues).
 */
public final class ViewWrites {

    private final ConnectionOperations<Connection> connections;
    private final String readModel;

    /** {@code readModel} names the tables in errors, e.g. "the interview views". */
    public ViewWrites(ConnectionOperations<Connection> connections, String readModel) {
        this.connections = connections;
        this.readModel = readModel;
    }

    public int write(String sql, Object... params) {
        return connections.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("writing " + readModel + " failed: " + e.getMessage(), e);
            }
        });
    }

    /** Empties the tables, for a replay. */
    public void clear(List<String> tables) {
        connections.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                for (String table : tables) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("clearing " + readModel + " failed: " + e.getMessage(), e);
            }
        });
    }

    /** An event's instant as PostgreSQL's timestamptz takes it. */
    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
