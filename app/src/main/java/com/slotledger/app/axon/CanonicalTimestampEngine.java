package com.slotledger.app.axon;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * Axon's JDBC storage engine, reading each stored event's timestamp once and writing it, both without the JDK's
 * ISO formatter.
 * <p>
 * Why: Axon keeps the column as text and parses it on every {@code getTimestamp()}, twice for each event a processor
 * reads (once to decide whether the event may still leave gaps behind it, once for the message), with a parser that
 * on Java 17 builds a new formatter per call. Every projection reads every event, so this was a third of the CPU of
 * the projections' coordinator threads. The stored form is the canonical one Axon writes; anything else falls back to
 * Axon's own parser.
 */
final class CanonicalTimestampEngine extends JdbcEventStorageEngine {

    /** Axon's defaults, set on the builder and kept here because the engine's own copies are private. */
    static final int GAP_TIMEOUT_MILLIS = 60_000;
    static final int MAX_GAP_OFFSET = 10_000;
    static final long LOWEST_GLOBAL_SEQUENCE = 1;

    private final EventSchema schema;

    private CanonicalTimestampEngine(Builder builder) {
        super(builder);
        this.schema = schema();
    }

    /** The builder is validated by building Axon's own engine once, which has no side effects. */
    static JdbcEventStorageEngine from(Builder builder) {
        builder.gapTimeout(GAP_TIMEOUT_MILLIS).maxGapOffset(MAX_GAP_OFFSET).lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
                .build();
        return new CanonicalTimestampEngine(builder);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet row, GapAwareTrackingToken previous)
            throws SQLException {
        long globalIndex = row.getLong(schema.globalIndexColumn());
        String aggregateId = row.getString(schema.aggregateIdentifierColumn());
        String eventId = row.getString(schema.eventIdentifierColumn());
        // Axon stores an event published outside an aggregate with its own id as the aggregate id
        Entry event = entry(row, eventId.equals(aggregateId) ? null : aggregateId, eventId);
        // an event younger than the gap timeout may still have uncommitted ones before it: keep those as gaps
        boolean mayLeaveGaps = event.getTimestamp().isAfter(
                GenericEventMessage.clock.instant().minusMillis(GAP_TIMEOUT_MILLIS));
        GapAwareTrackingToken token;
        if (previous == null) {
            TreeSet<Long> gaps = new TreeSet<>();
            if (mayLeaveGaps) {
                LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalIndex), globalIndex).forEach(gaps::add);
            }
            token = GapAwareTrackingToken.newInstance(globalIndex, gaps);
        } else {
            token = previous.advanceTo(globalIndex, mayLeaveGaps ? MAX_GAP_OFFSET : 0);
        }
        return new TrackedDomainEventData<>(token, event);
    }

    /** Axon's own form, three fraction digits always: the column is text, and tokens at an instant compare it as text. */
    @Override
    protected void writeTimestamp(PreparedStatement statement, int position, Instant timestamp) throws SQLException {
        statement.setString(position, CanonicalInstants.storeTimestamp(timestamp));
    }

    @Override
    protected Entry getDomainEventData(ResultSet row) throws SQLException {
        return entry(row, row.getString(schema.aggregateIdentifierColumn()), row.getString(schema.eventIdentifierColumn()));
    }

    @Override
    protected Entry getSnapshotData(ResultSet row) throws SQLException {
        return getDomainEventData(row);
    }

    private Entry entry(ResultSet row, String aggregateId, String eventId) throws SQLException {
        String timestamp = row.getString(schema.timestampColumn());
        return new Entry(row.getString(schema.typeColumn()), aggregateId, row.getLong(schema.sequenceNumberColumn()),
                eventId, timestamp, row.getString(schema.payloadTypeColumn()),
                row.getString(schema.payloadRevisionColumn()), readPayload(row, schema.payloadColumn()),
                readPayload(row, schema.metaDataColumn()));
    }

    /** A stored event whose timestamp was parsed when it was read. */
    static final class Entry implements DomainEventData<Object> {

        private final String type;
        private final String aggregateId;
        private final long sequenceNumber;
        private final String eventId;
        private final Instant timestamp;
        private final SerializedType payloadType;
        private final Object payload;
        private final Object metaData;

        Entry(String type, String aggregateId, long sequenceNumber, String eventId, String timestamp,
              String payloadType, String payloadRevision, Object payload, Object metaData) {
            this.type = type;
            this.aggregateId = aggregateId;
            this.sequenceNumber = sequenceNumber;
            this.eventId = eventId;
            Instant canonical = CanonicalInstants.parse(timestamp);
            this.timestamp = canonical != null ? canonical : DateTimeUtils.parseInstant(timestamp);
            this.payloadType = new SimpleSerializedType(payloadType, payloadRevision);
            this.payload = payload;
            this.metaData = metaData;
        }

        @Override
        public String getType() {
            return type;
        }

        @Override
        public String getAggregateIdentifier() {
            return aggregateId;
        }

        @Override
        public long getSequenceNumber() {
            return sequenceNumber;
        }

        @Override
        public String getEventIdentifier() {
            return eventId;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public SerializedObject<Object> getMetaData() {
            return new SerializedMetaData(metaData, metaData.getClass());
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public SerializedObject<Object> getPayload() {
            return new SimpleSerializedObject(payload, payload.getClass(), payloadType);
        }
    }
}
