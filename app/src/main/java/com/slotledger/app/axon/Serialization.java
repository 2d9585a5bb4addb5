package com.slotledger.app.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.slotledger.api.shared.Revision;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
                .registerModule(CanonicalInstants.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return new CachingJacksonSerializer(JacksonSerializer.builder().objectMapper(mapper).revisionResolver(revisions()));
    }

    /** Revisions come from the contracts' own annotation (events, aggregates' snapshots). */
    static RevisionResolver revisions() {
        return type -> {
            Revision revision = type.getAnnotation(Revision.class);
            return revision == null ? null : revision.value();
        };
    }

    /**
     * Jackson's serializer as Axon ships it, but remembering classes and readers: Axon looks the payload class up
     * through the class loader and builds a reader for every event it reads, which took a tenth of a replay's CPU.
     * Only classes that exist are remembered; an unknown type still goes through Axon's own handling.
     */
    static final class CachingJacksonSerializer extends JacksonSerializer {

        private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();
        private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

        CachingJacksonSerializer(JacksonSerializer.Builder builder) {
            super(builder);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Class classForType(SerializedType type) {
            Class<?> known = classes.get(type.getName());
            if (known != null) {
                return known;
            }
            Class<?> found = super.classForType(type);
            if (!UnknownSerializedType.class.equals(found) && !Void.class.equals(found)) {
                classes.put(type.getName(), found);
            }
            return found;
        }

        @Override
        protected ObjectReader getReader(Class<?> type) {
            return readers.computeIfAbsent(type, super::getReader);
        }
    }
}
