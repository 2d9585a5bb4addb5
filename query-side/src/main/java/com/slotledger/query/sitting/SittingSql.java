package com.slotledger.query.sitting;

import com.slotledger.query.shared.BatchedWrites;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain SQL for the sitting read models. In a projection, writes are queued and sent as JDBC batches when the
 * processor's transaction (with its token) commits; queries return rows as maps keyed by camelCase column names, instants in UTC.
 */
@Singleton
public class SittingSql {

    private final ConnectionOperations<Connection> connections;
    private final BatchedWrites writes;

    public SittingSql(ConnectionOperations<Connection> connections) {
        this.connections = connections;
        this.writes = new BatchedWrites("sitting", connections, SittingSql::bind);
    }

    /** In a projection, sent with the processing batch's commit (see {@link BatchedWrites}). */
    public void write(String sql, Object... params) {
        writes.write(sql, params);
    }

    public List<Map<String, Object>> rows(String sql, Object... params) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                bind(statement, params);
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData meta = result.getMetaData();
                    List<Map<String, Object>> rows = new ArrayList<>();
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.put(camel(meta.getColumnLabel(c)), value(result.getObject(c)));
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("sitting query failed: " + e.getMessage(), e);
            }
        });
    }

    static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant instant) {
                value = instant.atOffset(ZoneOffset.UTC);
            } else if (value instanceof Enum<?> e) {
                value = e.name();
            } else if (value instanceof List<?> list) {
                value = statement.getConnection().createArrayOf("text", list.toArray());
            }
            statement.setObject(i + 1, value);
        }
    }

    private static Object value(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Array array) {
            try {
                return Collections.unmodifiableList(Arrays.asList((Object[]) array.getArray()));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
