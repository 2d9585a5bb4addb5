package com.slotledger.command.shared;

import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * Which centre each aggregate belongs to, written in the creating command's transaction (or by a bundle import).
 * Bundles select a centre's events through it; controllers check a caller's centre scope against it.
 */
@Singleton
public class HomeCentres {

    private final Jdbc jdbc;

    public HomeCentres(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void claim(String aggregateId, String aggregateType, String centreId) {
        jdbc.update("INSERT INTO aggregate_home (aggregate_id, aggregate_type, centre_id) VALUES (?,?,?)"
                + " ON CONFLICT (aggregate_id) DO NOTHING", aggregateId, aggregateType, centreId);
    }

    public Optional<String> of(String aggregateId) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT centre_id FROM aggregate_home WHERE aggregate_id = ?")) {
                statement.setString(1, aggregateId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
