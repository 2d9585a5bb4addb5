package com.slotledger.command.shared;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Plain JDBC on the current connection. Inside a command the connection is the unit of work's transaction, so a
 * lookup-table write commits or rolls back with the events.
 */
@Singleton
public class Jdbc {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final ConnectionOperations<Connection> connections;

    public Jdbc(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    public <T> T read(SqlWork<T> work) {
        return connections.executeRead(status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("query failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Inserts one row; a unique-key or exclusion-constraint violation (an overlap) becomes the given rejection, so
     * the database decides, not Java.
     */
    public void insertUnique(String sql, ErrorCode onDuplicate, String detail, Object... params) {
        update(sql, onDuplicate, detail, params);
    }

    public int update(String sql, Object... params) {
        return update(sql, null, null, params);
    }

    private int update(String sql, ErrorCode onDuplicate, String detail, Object... params) {
        return connections.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                return statement.executeUpdate();
            } catch (SQLException e) {
                if (onDuplicate != null && (UNIQUE_VIOLATION.equals(e.getSQLState())
                        || EXCLUSION_VIOLATION.equals(e.getSQLState()))) {
                    throw new DomainRejection(onDuplicate, detail);
                }
                throw new IllegalStateException("update failed: " + e.getMessage(), e);
            }
        });
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
