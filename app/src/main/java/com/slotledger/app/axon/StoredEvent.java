package com.slotledger.app.axon;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

import java.time.Instant;

/** A stored event whose timestamp was parsed once, when it was read ({@link PostgresStorageEngine}). */
final class StoredEvent implements DomainEventData<Object> {

    private final String type;
    private final String aggregateId;
    private final long sequenceNumber;
    private final String eventId;
    private final Instant timestamp;
    private final SerializedType payloadType;
    private final Object payload;
    private final Object metaData;

    StoredEvent(String type, String aggregateId, long sequenceNumber, String eventId, String timestamp,
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
