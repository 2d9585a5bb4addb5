package com.slotledger.app.sync;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.shared.NodeCentre;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Applies a verified bundle in one transaction: its events keep their identifiers, sequence numbers, metadata and
 * timestamps, so projections here treat them like local ones. A bundle that starts past what was received from its
 * source is a gap and is refused; events already here are skipped, so importing twice changes nothing.
 */
@Singleton
public class BundleImporter {

    private static final String INSERT_EVENT = """
            INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                payloadrevision, payloadtype, timestamp)
            VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (eventidentifier) DO NOTHING""";

    private final TransactionOperations<Connection> transactions;
    private final BundleCodec codec;
    private final NodeCentre node;
    private final Clock clock;

    public BundleImporter(TransactionOperations<Connection> transactions, BundleCodec codec, NodeCentre node, Clock clock) {
        this.transactions = transactions;
        this.codec = codec;
        this.node = node;
        this.clock = clock;
    }

    public Outcome importBundle(byte[] bytes) {
        Bundle bundle = codec.read(bytes);
        Bundle.Manifest manifest = bundle.manifest();
        if (node.id().equals(manifest.sourceCentre())) {
            throw new DomainRejection(ErrorCode.BUNDLE_FROM_OWN_CENTRE,
                    "This node is centre " + node.id() + ": its own events are written here, never imported.");
        }
        return transactions.execute(TransactionDefinition.DEFAULT, status -> apply(status.getConnection(), bundle));
    }

    private Outcome apply(Connection connection, Bundle bundle) throws SQLException {
        Bundle.Manifest manifest = bundle.manifest();
        // writers in flight finish first and later ones wait: the imported events get positions with no gap
        // before them that an old imported timestamp could make a processor skip
        try (Statement lock = connection.createStatement()) {
            lock.execute("LOCK TABLE domainevententry IN EXCLUSIVE MODE");
        }
        long received = received(connection, manifest);
        if (manifest.afterPosition() > received) {
            throw new DomainRejection(ErrorCode.BUNDLE_GAP, "The bundle starts after position " + manifest.afterPosition()
                    + " of " + manifest.sourceNode() + "/" + manifest.sourceCentre() + ", but only up to " + received
                    + " was received: import the earlier bundle first.");
        }
        if (manifest.toPosition() <= received) {
            return new Outcome(manifest.sourceCentre(), manifest.sourceNode(), manifest.count(), 0, received, true,
                    head(connection));
        }
        int applied = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT);
             PreparedStatement home = connection.prepareStatement("INSERT INTO aggregate_home (aggregate_id,"
                     + " aggregate_type, centre_id) VALUES (?,?,?) ON CONFLICT (aggregate_id) DO NOTHING")) {
            for (Bundle.Event event : bundle.events()) {
                if (event.position() <= received) {
                    continue;
                }
                bind(insert, event.aggregateId(), event.sequenceNumber(), event.type(), event.eventId(),
                        BundleCodec.decode(event.metaData()), BundleCodec.decode(event.payload()), event.payloadRevision(),
                        event.payloadType(), event.timestamp());
                applied += insertOrConflict(insert, event);
                bind(home, event.aggregateId(), event.aggregateType(), event.homeCentre());
                home.executeUpdate();
            }
        }
        try (PreparedStatement file = connection.prepareStatement("INSERT INTO stored_file (sha256, media_type, size,"
                + " content, stored_at) VALUES (?,?,?,?,?) ON CONFLICT (sha256) DO NOTHING")) {
            for (Bundle.File carried : bundle.files()) {
                byte[] content = BundleCodec.decode(carried.content());
                bind(file, carried.sha256(), carried.mediaType(), content.length, content,
                        manifest.exportedAt().atOffset(ZoneOffset.UTC));
                file.executeUpdate();
            }
        }
        record(connection, bundle, applied);
        return new Outcome(manifest.sourceCentre(), manifest.sourceNode(), manifest.count(), applied,
                manifest.toPosition(), false, head(connection));
    }

    /** An event already here is skipped; a different event at an existing (aggregate, sequence) is a conflict. */
    private static int insertOrConflict(PreparedStatement insert, Bundle.Event event) {
        try {
            return insert.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new DomainRejection(ErrorCode.BUNDLE_CONFLICT, "Event " + event.sequenceNumber() + " of "
                        + event.aggregateId() + " differs from the one this node holds; nothing was written.");
            }
            throw new IllegalStateException("importing event " + event.eventId() + " failed: " + e.getMessage(), e);
        }
    }

    private static long head(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(max(globalindex), 0) FROM domainevententry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long received(Connection connection, Bundle.Manifest manifest) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT last_position FROM sync_ledger"
                + " WHERE source_node = ? AND source_centre = ? AND scope = ? FOR UPDATE")) {
            bind(statement, manifest.sourceNode(), manifest.sourceCentre(), manifest.scope());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private void record(Connection connection, Bundle bundle, int applied) throws SQLException {
        Bundle.Manifest manifest = bundle.manifest();
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        try (PreparedStatement ledger = connection.prepareStatement("""
                INSERT INTO sync_ledger (source_node, source_centre, scope, last_position, bundles, events, last_bundle,
                    last_received_at) VALUES (?,?,?,?,1,?,?,?)
                ON CONFLICT (source_node, source_centre, scope) DO UPDATE SET last_position = EXCLUDED.last_position,
                    bundles = sync_ledger.bundles + 1, events = sync_ledger.events + EXCLUDED.events,
                    last_bundle = EXCLUDED.last_bundle, last_received_at = EXCLUDED.last_received_at""");
             PreparedStatement log = connection.prepareStatement("""
                INSERT INTO sync_bundle (bundle_hash, source_node, source_centre, scope, after_position, to_position,
                    event_count, applied_count, imported_at) VALUES (?,?,?,?,?,?,?,?,?)
                ON CONFLICT (bundle_hash) DO NOTHING""")) {
            bind(ledger, manifest.sourceNode(), manifest.sourceCentre(), manifest.scope(), manifest.toPosition(),
                    applied, bundle.signature(), now);
            ledger.executeUpdate();
            bind(log, bundle.signature(), manifest.sourceNode(), manifest.sourceCentre(), manifest.scope(),
                    manifest.afterPosition(), manifest.toPosition(), manifest.count(), applied, now);
            log.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    /**
     * {@code alreadyImported}: the bundle held nothing new; nothing was written. {@code position}: this node's head,
     * to pass as {@code minPosition} when reading the imported data.
     */
    @Introspected
    public record Outcome(String sourceCentre, String sourceNode, int events, int applied, long receivedUpTo,
                          boolean alreadyImported, long position) {
    }
}
