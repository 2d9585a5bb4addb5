package com.slotledger.command.shared;

import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Global positions in the event store, for read-your-writes receipts. */
@Singleton
public class EventPositions {

    private final Jdbc jdbc;

    public EventPositions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The position of the aggregate's newest event: at or after the event a just-finished command appended. */
    public long lastOf(String aggregateId) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT max(globalindex) FROM domainevententry WHERE aggregateidentifier = ?")) {
                statement.setString(1, aggregateId);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

}
