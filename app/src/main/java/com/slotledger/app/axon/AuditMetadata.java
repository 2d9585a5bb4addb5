package com.slotledger.app.axon;

import com.slotledger.api.shared.MetadataKeys;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the actor and request fields of a command onto every event it causes, and records the command as the
 * event's cause. The correlation id stays that of the first message of the chain.
 */
final class AuditMetadata implements CorrelationDataProvider {

    private static final List<String> COPIED = List.of(MetadataKeys.ACTOR_ID, MetadataKeys.ACTOR_ROLES,
            MetadataKeys.REQUEST_ID, MetadataKeys.CENTRE_ID);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : COPIED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        Object correlation = message.getMetaData().get(MetadataKeys.CORRELATION_ID);
        data.put(MetadataKeys.CORRELATION_ID, correlation != null ? correlation : message.getIdentifier());
        data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
