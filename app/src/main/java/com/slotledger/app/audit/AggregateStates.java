package com.slotledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.shared.CommandModule;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Any aggregate as it was at an instant: its events up to then (never a snapshot, which holds a later state) applied
 * to a fresh instance by its own event-sourcing handlers, as Axon rebuilds it for a command, and shown in the form
 * its snapshots take. Nothing is stored or published.
 */
@Singleton
public class AggregateStates {

    private final EventStore events;
    private final Serializer serializer;
    private final Map<String, Class<?>> types = new HashMap<>();
    private final Map<Class<?>, AggregateModel<?>> models = new ConcurrentHashMap<>();

    AggregateStates(Configuration axon, List<CommandModule> modules) {
        this.events = axon.eventStore();
        this.serializer = axon.serializer();
        for (CommandModule module : modules) {
            for (Class<?> type : module.aggregates()) {
                // the event store keeps each event's aggregate type as the class's simple name
                Class<?> other = types.put(type.getSimpleName(), type);
                if (other != null) {
                    throw new IllegalStateException("two aggregates named " + type.getSimpleName());
                }
            }
        }
    }

    public State at(String aggregateId, Instant asOf) {
        List<? extends DomainEventMessage<?>> stream = events.readEvents(aggregateId, 0).asStream().toList();
        if (stream.isEmpty()) {
            throw new DomainRejection(ErrorCode.NOT_FOUND, "No events for aggregate " + aggregateId + ".");
        }
        List<? extends DomainEventMessage<?>> upTo = stream.stream()
                .takeWhile(event -> !event.getTimestamp().isAfter(asOf)).toList();
        if (upTo.isEmpty()) {
            throw new DomainRejection(ErrorCode.NOT_FOUND, "Aggregate " + aggregateId + " did not exist at " + asOf + ".");
        }
        String typeName = stream.get(0).getType();
        Class<?> type = types.get(typeName);
        if (type == null) {
            throw new DomainRejection(ErrorCode.NOT_FOUND, "No aggregate type " + typeName + " on this node.");
        }
        DomainEventMessage<?> last = upTo.get(upTo.size() - 1);
        JsonNode state = serializer.serialize(fold(type, upTo), JsonNode.class).getData();
        return new State(aggregateId, typeName, asOf, last.getSequenceNumber(), last.getTimestamp(), state);
    }

    private <A> A fold(Class<A> type, List<? extends DomainEventMessage<?>> upTo) {
        @SuppressWarnings("unchecked")
        AggregateModel<A> model = (AggregateModel<A>) models.computeIfAbsent(type,
                AnnotatedAggregateMetaModelFactory::inspectAggregate);
        EventSourcedAggregate<A> aggregate = EventSourcedAggregate.initialize(newInstance(type), model, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(upTo));
        return aggregate.getAggregateRoot();
    }

    private static <A> A newInstance(Class<A> type) {
        try {
            Constructor<A> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " has no no-argument constructor to rebuild it from", e);
        }
    }

    /** The state after the last event at or before {@code asOf}: its sequence number and time. */
    public record State(String aggregateId, String type, Instant asOf, long sequence, Instant lastEventAt,
                        JsonNode state) {
    }
}
