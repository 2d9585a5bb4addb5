package com.slotledger.app.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slotledger.command.shared.NodeCentre;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exports the events of one centre after a position as a signed bundle, with the files those events name. It
 * waits for writers in flight first, so no event below the bundle's end can still appear later.
 */
@Singleton
public class BundleExporter {

    private static final String EVENTS = """
            SELECT e.globalindex, e.aggregateidentifier, h.aggregate_type, h.centre_id, e.sequencenumber, e.type,
                   e.eventidentifier, e.timestamp, e.payloadtype, e.payloadrevision, e.payload, e.metadata
            FROM domainevententry e JOIN centre_aggregates h ON h.aggregate_id = e.aggregateidentifier
            WHERE h.centre_id = ? AND e.globalindex > ? AND (? = 'all' OR h.aggregate_type = ?)
            ORDER BY e.globalindex""";

    private final TransactionOperations<Connection> transactions;
    private final BundleCodec codec;
    private final NodeCentre node;
    private final SyncNode syncNode;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public BundleExporter(TransactionOperations<Connection> transactions, BundleCodec codec, NodeCentre node,
                          SyncNode syncNode, Clock clock) {
        this.transactions = transactions;
        this.codec = codec;
        this.node = node;
        this.syncNode = syncNode;
        this.clock = clock;
    }

    /** {@code scope}: {@code all}, or one aggregate type such as {@code result}. */
    public Bundle export(String centre, long afterPosition, String scope) {
        String centreId = centre == null || centre.isBlank() ? node.id() : centre.strip();
        return transactions.execute(TransactionDefinition.READ_ONLY, status -> {
            Connection connection = status.getConnection();
            try (Statement lock = connection.createStatement()) {
                lock.execute("LOCK TABLE domainevententry IN SHARE MODE");
            }
            List<Bundle.Event> events = events(connection, centreId, afterPosition, scope);
            List<Bundle.File> files = files(connection, events);
            Map<String, String> revisions = new TreeMap<>();
            events.forEach(event -> revisions.put(event.payloadType(), String.valueOf(event.payloadRevision())));
            long to = events.isEmpty() ? afterPosition : events.get(events.size() - 1).position();
            Bundle.Manifest manifest = new Bundle.Manifest(Bundle.FORMAT, centreId, syncNode.id(), scope,
                    afterPosition, to, events.size(), revisions, codec.chain(events),
                    files.stream().map(Bundle.File::sha256).toList(), clock.instant());
            return new Bundle(manifest, events, files, codec.sign(manifest));
        });
    }

    private List<Bundle.Event> events(Connection connection, String centre, long after, String scope) throws SQLException {
        List<Bundle.Event> events = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(EVENTS)) {
            statement.setString(1, centre);
            statement.setLong(2, after);
            statement.setString(3, scope);
            statement.setString(4, scope);
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(codec.sealed(new Bundle.Event(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getLong(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getString(9), rows.getString(10), BundleCodec.encode(rows.getBytes(11)),
                            BundleCodec.encode(rows.getBytes(12)), null)));
                }
            }
        }
        return events;
    }

    /** Files travel with the events that name them (a {@code fileHash} field in the payload). */
    private List<Bundle.File> files(Connection connection, List<Bundle.Event> events) throws SQLException {
        TreeSet<String> hashes = new TreeSet<>();
        for (Bundle.Event event : events) {
            try {
                json.readTree(BundleCodec.decode(event.payload())).findValuesAsText("fileHash").forEach(hashes::add);
            } catch (IOException e) {
                throw new IllegalStateException("stored payload of " + event.eventId() + " is not JSON", e);
            }
        }
        List<Bundle.File> files = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT media_type, content FROM stored_file WHERE sha256 = ?")) {
            for (String hash : hashes) {
                statement.setString(1, hash);
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        files.add(new Bundle.File(hash, rows.getString(1), BundleCodec.encode(rows.getBytes(2))));
                    }
                }
            }
        }
        return files;
    }
}
