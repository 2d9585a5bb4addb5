package com.slotledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the event store as auditors see it: payloads and metadata as stored, in order. */
@Singleton
class EventHistory {

    private static final String COLUMNS = "SELECT globalindex, eventidentifier, aggregateidentifier, sequencenumber, type,"
            + " payloadtype, payloadrevision, payload, metadata, timestamp FROM domainevententry ";

    private final ConnectionOperations<Connection> connections;
    private final ObjectMapper json;

    EventHistory(ConnectionOperations<Connection> connections, ObjectMapper json) {
        this.connections = connections;
        this.json = json;
    }

    List<AuditedEvent> ofAggregate(String aggregateId) {
        return query(COLUMNS + "WHERE aggregateidentifier = ? ORDER BY sequencenumber", aggregateId);
    }

    List<AuditedEvent> page(EventFilter filter, int limit) {
        return query(COLUMNS + """
                        WHERE globalindex > ?
                          AND (CAST(? AS TEXT) IS NULL OR payloadtype = ? OR payloadtype LIKE '%$' || ?)
                          AND (CAST(? AS TEXT) IS NULL OR convert_from(metadata, 'UTF8')::jsonb ->> 'actorId' = ?)
                          AND (CAST(? AS TIMESTAMPTZ) IS NULL OR CAST(timestamp AS TIMESTAMPTZ) >= ?)
                          AND (CAST(? AS TIMESTAMPTZ) IS NULL OR CAST(timestamp AS TIMESTAMPTZ) < ?)
                        ORDER BY globalindex LIMIT ?""",
                filter.after(), filter.type(), filter.type(), filter.type(), filter.actor(), filter.actor(),
                ts(filter.from()), ts(filter.from()), ts(filter.to()), ts(filter.to()), limit);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private List<AuditedEvent> query(String sql, Object... params) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                List<AuditedEvent> events = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        events.add(read(rows));
                    }
                }
                return events;
            } catch (SQLException e) {
                throw new IllegalStateException("reading the event store failed: " + e.getMessage(), e);
            }
        });
    }

    private AuditedEvent read(ResultSet rows) throws SQLException {
        String payloadType = rows.getString(6);
        JsonNode metaData = tree(rows.getBytes(9));
        return new AuditedEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                rows.getString(5), simpleName(payloadType), payloadType, rows.getString(7),
                Instant.parse(rows.getString(10)), text(metaData, "actorId"), text(metaData, "actorRoles"),
                text(metaData, "correlationId"), text(metaData, "causationId"), text(metaData, "requestId"),
                tree(rows.getBytes(8)), metaData);
    }

    private JsonNode tree(byte[] bytes) {
        try {
            return bytes == null ? json.nullNode() : json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String simpleName(String payloadType) {
        return payloadType.substring(Math.max(payloadType.lastIndexOf('$'), payloadType.lastIndexOf('.')) + 1);
    }
}
