package com.slotledger.app.sync;

import com.slotledger.command.shared.Jdbc;
import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What this node received from whom, up to which source position. */
@Singleton
public class SyncLedger {

    private final Jdbc jdbc;

    public SyncLedger(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> entries() {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT source_node, source_centre, scope,"
                    + " last_position, bundles, events, last_received_at FROM sync_ledger ORDER BY 2, 1, 3")) {
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new Entry(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                                rows.getInt(5), rows.getLong(6), rows.getObject(7, java.time.OffsetDateTime.class).toInstant()));
                    }
                }
                return entries;
            }
        });
    }

    @Introspected
    public record Entry(String sourceNode, String sourceCentre, String scope, long receivedUpTo, int bundles,
                        long events, Instant lastReceivedAt) {
    }
}
