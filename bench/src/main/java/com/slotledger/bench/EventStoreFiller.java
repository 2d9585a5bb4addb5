package com.slotledger.bench;

import com.slotledger.api.entitlement.EntitlementEvents.CandidateRegistered;
import com.slotledger.api.entitlement.EntitlementEvents.SlotAssigned;
import com.slotledger.api.entitlement.EntitlementEvents.SlotConsumed;
import com.slotledger.api.entitlement.EntitlementEvents.SlotReset;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.MetadataKeys;
import com.slotledger.command.entitlement.Candidate;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tops the event store up to a number of events with multi-row inserts: whole candidate histories, serialized
 * by the application's own serializer, with their roll numbers claimed in candidate_registry, so the store stays
 * one the application could have written (the aggregates load, the projection has real rows to fold).
 */
final class EventStoreFiller {

    /** A registration, then assign / consume / reset cycles: the history of a candidate reassigned six times. */
    static final int EVENTS_PER_CANDIDATE = 20;
    private static final int CANDIDATES_PER_STATEMENT = 25;
    private static final int STATEMENTS_PER_TRANSACTION = 20;
    private static final String EVENT_ROW = "(?,?,?,?,?,?,?,?,?)";

    record Filled(long inserted, double seconds, long total) {
    }

    private record Row(String aggregateId, long sequence, String eventId, byte[] metadata, byte[] payload,
                       String revision, String payloadType, String timestamp) {
    }

    private final Database database;
    private final Serializer serializer;

    EventStoreFiller(Database database, Serializer serializer) {
        this.database = database;
        this.serializer = serializer;
    }

    Filled fillTo(long target) throws SQLException {
        long started = System.nanoTime();
        long existing = database.number("SELECT count(*) FROM domainevententry");
        long candidates = Math.max(0, (target - existing + EVENTS_PER_CANDIDATE - 1) / EVENTS_PER_CANDIDATE);
        try (Connection connection = database.open()) {
            connection.setAutoCommit(false);
            long written = 0;
            while (written < candidates) {
                for (int s = 0; s < STATEMENTS_PER_TRANSACTION && written < candidates; s++) {
                    int batch = (int) Math.min(CANDIDATES_PER_STATEMENT, candidates - written);
                    insertCandidates(connection, batch);
                    written += batch;
                }
                connection.commit();
            }
        }
        long inserted = candidates * EVENTS_PER_CANDIDATE;
        return new Filled(inserted, (System.nanoTime() - started) / 1e9, existing + inserted);
    }

    private void insertCandidates(Connection connection, int count) throws SQLException {
        List<String> ids = new ArrayList<>(count);
        List<Row> rows = new ArrayList<>(count * EVENTS_PER_CANDIDATE);
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            rows.addAll(history(id));
        }
        try (PreparedStatement registry = connection.prepareStatement(
                "INSERT INTO candidate_registry (candidate_id, roll_number, trade) VALUES "
                        + String.join(",", Collections.nCopies(count, "(?,?,?)")))) {
            int p = 1;
            for (String id : ids) {
                registry.setString(p++, id);
                registry.setString(p++, "F-" + id);
                registry.setString(p++, CommandBenchmark.TRADE);
            }
            registry.executeUpdate();
        }
        try (PreparedStatement events = connection.prepareStatement("INSERT INTO domainevententry"
                + " (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, payloadrevision,"
                + " payloadtype, timestamp) VALUES " + String.join(",", Collections.nCopies(rows.size(), EVENT_ROW)))) {
            int p = 1;
            for (Row row : rows) {
                events.setString(p++, row.aggregateId());
                events.setLong(p++, row.sequence());
                events.setString(p++, Candidate.class.getSimpleName());
                events.setString(p++, row.eventId());
                events.setBytes(p++, row.metadata());
                events.setBytes(p++, row.payload());
                events.setString(p++, row.revision());
                events.setString(p++, row.payloadType());
                events.setString(p++, row.timestamp());
            }
            events.executeUpdate();
        }
    }

    private List<Row> history(String candidateId) {
        Instant at = Instant.now();
        String correlation = UUID.randomUUID().toString();
        List<Row> rows = new ArrayList<>(EVENTS_PER_CANDIDATE);
        rows.add(row(candidateId, 0, correlation, at, new CandidateRegistered(candidateId, "Bench Candidate",
                "F-" + candidateId, CommandBenchmark.TRADE, null, null, Actor.SYSTEM_ID, at)));
        for (int sequence = 1; sequence < EVENTS_PER_CANDIDATE; sequence++) {
            Object event = switch (sequence % 3) {
                case 1 -> new SlotAssigned(candidateId, Actor.SYSTEM_ID, at);
                case 2 -> new SlotConsumed(candidateId, Actor.SYSTEM_ID, at);
                default -> new SlotReset(candidateId, Actor.SYSTEM_ID, at);
            };
            rows.add(row(candidateId, sequence, correlation, at, event));
        }
        return rows;
    }

    private Row row(String candidateId, long sequence, String correlation, Instant at, Object event) {
        String eventId = UUID.randomUUID().toString();
        // the keys the app's AuditMetadata copies from a command onto its events
        MetaData metaData = MetaData.from(Map.of(
                MetadataKeys.ACTOR_ID, Actor.SYSTEM_ID,
                MetadataKeys.ACTOR_ROLES, "ADMIN",
                MetadataKeys.REQUEST_ID, correlation,
                MetadataKeys.CORRELATION_ID, correlation,
                MetadataKeys.CAUSATION_ID, correlation));
        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
        return new Row(candidateId, sequence, eventId, serializer.serialize(metaData, byte[].class).getData(),
                payload.getData(), payload.getType().getRevision(), payload.getType().getName(),
                DateTimeUtils.formatInstant(at));
    }
}
