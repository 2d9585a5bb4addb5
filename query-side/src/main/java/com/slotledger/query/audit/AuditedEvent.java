package com.slotledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

@Introspected
record AuditedEvent(long position, String eventId, String aggregateId, long sequence, @Nullable String aggregateType,
                    String type, String payloadType, @Nullable String revision, Instant timestamp,
                    @Nullable String actorId, @Nullable String actorRoles, @Nullable String correlationId,
                    @Nullable String causationId, @Nullable String requestId, JsonNode payload, JsonNode metaData) {
}
