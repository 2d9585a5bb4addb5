package com.slotledger.app.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.slotledger.api.shared.Revision;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The store's serializer: Jackson for events, metadata, snapshots and tokens. Field visibility ANY lets
 * getter-less aggregates be snapshotted; revisions come from the contracts' own annotation.
 */
final class Serialization {

    private Serialization() {
    }

    static JacksonSerializer serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).revisionResolver(revisions()).build();
    }

    /** Revisions come from the contracts' own annotation (events, aggregates' snapshots). */
    static RevisionResolver revisions() {
        return type -> {
            Revision revision = type.getAnnotation(Revision.class);
            return revision == null ? null : revision.value();
        };
    }
}
