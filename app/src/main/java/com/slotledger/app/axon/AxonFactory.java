package com.slotledger.app.axon;

import com.slotledger.app.database.DatabasePool;
import com.slotledger.command.shared.CommandModule;
import com.slotledger.command.shared.TargetedCommandResolver;
import com.slotledger.query.shared.Projection;
import io.micronaut.context.annotation.Factory;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.Serializer;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Axon assembled explicitly through its Configurer: JDBC event store, Jackson everywhere, JDBC tokens, pooled
 * streaming projections with a JDBC dead-letter queue each, and units of work inside Micronaut transactions.
 */
@Factory
class AxonFactory {

    static final int SNAPSHOT_EVERY = 100;
    /** Per aggregate type; a cached candidate or user holds a few fields, so this is a few megabytes. */
    static final int CACHED_AGGREGATES = 50_000;
    /** As Axon's coordinator looked when nothing was new, before CommitSignal gave it a callback. */
    static final long IDLE_LOOK_MILLIS = 500;

    @Singleton
    Configuration axonConfiguration(SynchronousTransactionManager<Connection> transactions,
                                    ConnectionOperations<Connection> connections, DatabasePool pool,
                                    List<CommandModule> modules, List<Projection> projections,
                                    List<EventReactor> reactors) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        AppendAtCommit appends = new AppendAtCommit(connections);
        TransactionManager transactionManager = MicronautTransactionManager.durable(transactions, appends);
        TransactionManager projectionTransactions = MicronautTransactionManager.rebuildable(transactions);
        ConnectionProvider connectionProvider = new TransactionalConnectionProvider(connections, pool.dataSource());
        Serializer serializer = Serialization.serializer();
        // the default resolver misses pgjdbc's duplicate key: concurrent appends would not be ConcurrencyExceptions
        PersistenceExceptionResolver duplicateKeys = new SQLStateResolver();
        CommitSignal commits = new CommitSignal();

        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureTransactionManager(c -> transactionManager)
                // none globally: Axon would run them for every event a projection handles, deserializing each
                // event's metadata only to throw it away (a fifth of a replay's CPU); commands get theirs below
                .configureCorrelationDataProviders(c -> List.of())
                .configureEmbeddedEventStore(c -> PostgresStorageEngine.from(JdbcEventStorageEngine.builder()
                        .connectionProvider(connectionProvider)
                        .transactionManager(MicronautTransactionManager.eventStore(transactions, connections, appends))
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .snapshotFilter(new CurrentRevisionSnapshots(Serialization.revisions()))
                        .persistenceExceptionResolver(duplicateKeys)
                        .upcasterChain(c.upcasterChain())
                        .batchSize(1000), appends))
                .configureCommandBus(c -> {
                    SimpleCommandBus bus = SimpleCommandBus.builder()
                            .transactionManager(transactionManager)
                            .messageMonitor(c.messageMonitor(SimpleCommandBus.class, "commandBus"))
                            .build();
                    bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(List.of(new AuditMetadata())));
                    return bus;
                });

        Map<Class<?>, Cache> caches = new HashMap<>();
        configurer.configureSnapshotter(c -> new CachedStateSnapshotter(Map.copyOf(caches), c.eventStore()));
        for (CommandModule module : modules) {
            module.aggregates().forEach(type -> configurer.configureAggregate(aggregate(type, caches)));
            module.handlers().forEach(handler -> configurer.registerCommandHandler(c -> handler.apply(repositories(c))));
        }

        EventProcessingConfigurer processing = configurer.eventProcessing();
        // one node per application context: Axon's default owner (pid@host) would let two contexts in one JVM
        // both believe they hold the same segment
        String nodeId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        processing.registerTokenStore(c -> JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .nodeId(nodeId)
                .build());
        for (Projection projection : projections) {
            String name = projection.projectionName();
            processing.registerEventHandler(c -> projection)
                    .assignHandlerInstancesMatching(name, handler -> handler == projection)
                    .registerTransactionManager(name, c -> projectionTransactions)
                    .registerPooledStreamingEventProcessor(name, c -> new RelevantEvents(c.eventStore(),
                                    () -> handledBy(c, name), commits),
                            (c, builder) -> builder.batchSize(1000).initialSegmentCount(projection.segments())
                                    // an idle segment stores how far it is when it extends its claim: often enough
                                    // that read-your-writes rarely has far to look. It is also how often an idle
                                    // coordinator looks at the store for events committed elsewhere (CommitSignal
                                    // wakes it for this node's)
                                    .claimExtensionThreshold(IDLE_LOOK_MILLIS)
                                    .coordinatorExecutor(processor -> promptCoordinator(c, processor)))
                    .registerDeadLetterQueue(name, c -> JdbcSequencedDeadLetterQueue.builder()
                            .processingGroup(name)
                            .connectionProvider(connectionProvider)
                            .transactionManager(projectionTransactions)
                            .genericSerializer(serializer)
                            .eventSerializer(serializer)
                            .build())
                    // without the cache every event costs a dead-letter lookup query; the owner of a segment is the
                    // only node that enqueues its sequences, so an in-memory view per claimed segment stays exact.
                    // A replay rebuilds from the first event, so it starts from an empty queue too, and whatever
                    // still fails is dead-lettered again, once
                    .registerDeadLetteringEventHandlerInvokerConfiguration(name,
                            (c, invoker) -> invoker.enableSequenceIdentifierCache().allowReset(true));
        }
        for (EventReactor reactor : reactors) {
            String name = reactor.reactorName();
            processing.registerEventHandler(c -> reactor)
                    .assignHandlerInstancesMatching(name, handler -> handler == reactor)
                    .registerTransactionManager(name, c -> projectionTransactions)
                    .registerPooledStreamingEventProcessor(name, c -> new RelevantEvents(c.eventStore(),
                                    () -> handledBy(c, name), commits),
                            // batches like the projections': a reactor handles few events and skips the rest, and a
                            // batch of one would store its token after every event in the store
                            (c, builder) -> builder.batchSize(1000).initialSegmentCount(1)
                                    .claimExtensionThreshold(IDLE_LOOK_MILLIS)
                                    .initialToken(source -> source.createHeadToken())
                                    .coordinatorExecutor(processor -> promptCoordinator(c, processor)));
        }
        Configuration configuration = configurer.buildConfiguration();
        configuration.eventStore().subscribe(commits);
        return configuration;
    }

    /** A processor's coordinator thread, stopped with the configuration. */
    private static PromptCoordinatorExecutor promptCoordinator(Configuration configuration, String processor) {
        PromptCoordinatorExecutor executor = new PromptCoordinatorExecutor(processor);
        configuration.onShutdown(executor::shutdown);
        return executor;
    }

    /** The payload types a processor's handlers take, remembered per type. */
    private static ClassValue<Boolean> handledBy(Configuration configuration, String processor) {
        EventHandlerInvoker invoker = configuration.eventProcessingConfiguration()
                .eventProcessor(processor, AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + processor))
                .eventHandlerInvoker();
        return new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                return invoker.canHandleType(type);
            }
        };
    }

    /**
     * Aggregates stay cached between commands, so a command costs one append instead of a stream read. A decision
     * on a stale copy (another node appended meanwhile) fails on the unique key; the rollback evicts the entry
     * and the retry decides again on fresh state. Snapshots are taken of the cached state
     * ({@link CachedStateSnapshotter}), which is why each type's cache is kept in {@code caches}.
     */
    private static <A> AggregateConfigurer<A> aggregate(Class<A> type, Map<Class<?>, Cache> caches) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(type);
        Cache cache = new BoundedAggregateCache(CACHED_AGGREGATES);
        caches.put(type, cache);
        aggregate.configureCache(c -> cache);
        aggregate.configureCommandTargetResolver(c -> new TargetedCommandResolver());
        aggregate.configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), SNAPSHOT_EVERY));
        return aggregate;
    }

    private static CommandModule.Repositories repositories(Configuration configuration) {
        return new CommandModule.Repositories() {
            @Override
            public <A> Repository<A> of(Class<A> aggregate) {
                return configuration.repository(aggregate);
            }
        };
    }

    /** Retries only optimistic-locking conflicts between nodes; a domain rejection is final. */
    @Singleton
    CommandGateway commandGateway(Configuration configuration) {
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
        IntervalRetryScheduler interval = IntervalRetryScheduler.builder()
                .retryExecutor(retries).retryInterval(5).maxRetryCount(20).build();
        return DefaultCommandGateway.builder()
                .commandBus(configuration.commandBus())
                .retryScheduler(new ConflictRetryScheduler(interval))
                .build();
    }

    @Singleton
    EventStore eventStore(Configuration configuration) {
        return configuration.eventStore();
    }
}
