package com.slotledger.app.axon;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Axon's JDBC storage engine with three changes for the many processors that each read every event, and one for
 * the commands that append.
 * <p>
 * Timestamps are parsed once per read and written, both without the JDK's ISO formatter. Axon keeps the column as
 * text and parses it on every {@code getTimestamp()}, twice for each event a processor reads (once to decide whether
 * the event may still leave gaps behind it, once for the message), with a parser that on Java 17 builds a new
 * formatter per call: a third of the CPU of the projections' coordinator threads. The stored form is the canonical
 * one Axon writes; anything else falls back to Axon's own parser.
 * <p>
 * A reader can {@link #leaveOut} payload types it does not handle: their rows still come, in order, with every
 * column the position and gap logic needs, but without payload and metadata, most of a row's bytes. A left-out
 * payload is an empty array, which fails loudly if anything tries to read it. (The types are matched as stored: with
 * an upcaster that renames types, a reader must not leave out a stored name it would handle after upcasting.)
 * <p>
 * The reader that follows the head is paced ({@link #FOLLOW_PACE_NANOS}) and reads one batch at a time, so under
 * load it reads in batches.
 * <p>
 * Appends a command's transaction holds ({@link AppendAtCommit}) go as one multi-row INSERT that commits the
 * transaction: in autocommit when nothing else ran in it, else followed by the COMMIT in the same message.
 */
public final class PostgresStorageEngine extends JdbcEventStorageEngine {

    /** Axon's defaults, set on the builder and kept here because the engine's own copies are private. */
    static final int GAP_TIMEOUT_MILLIS = 60_000;
    static final int MAX_GAP_OFFSET = 10_000;
    static final long LOWEST_GLOBAL_SEQUENCE = 1;

    /**
     * Reading that follows the head (the store's shared reader, which the projections tail) starts at most this often
     * and brings one batch. Axon's stream there fetched batch after batch until one came back empty, and its reader
     * started again the moment a read found anything: under load, a query per three or four events, each costing
     * PostgreSQL and the JVM more than the events it brought. Paced and one batch per read, a read brings what a few
     * milliseconds of commands appended, and a read after a quiet spell (a commit wakes the reader) starts at once.
     * A tenth of the queries; in the benchmark the commands, with the projections following, went from about 70% to
     * 85-90% of their throughput with the projections stopped.
     */
    static final long FOLLOW_PACE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private static final String[] NOTHING = new String[0];
    private static final ThreadLocal<String[]> LEFT_OUT = ThreadLocal.withInitial(() -> NOTHING);
    private static final byte[] NOT_READ = new byte[0];

    private final EventSchema schema;
    private final String readAbove;
    private final String readAboveAndGaps;
    private final AppendAtCommit appends;
    private final AppendAtCommit.Carrier carrier = this::appendAndCommit;
    private final HeldAppendStatement heldAppend;
    private volatile long lastFollowingRead;

    private PostgresStorageEngine(Builder builder, AppendAtCommit appends) {
        super(builder);
        this.appends = appends;
        this.schema = schema();
        this.heldAppend = new HeldAppendStatement(schema, getEventSerializer(), this::writeTimestamp);
        String columns = String.join(", ", schema.globalIndexColumn(), schema.eventIdentifierColumn(),
                schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(), schema.typeColumn(),
                schema.timestampColumn(), schema.payloadTypeColumn(), schema.payloadRevisionColumn())
                + ", CASE WHEN %1$s = ANY (?) THEN NULL ELSE %2$s END AS %2$s, CASE WHEN %1$s = ANY (?) THEN NULL ELSE %3$s END AS %3$s"
                .formatted(schema.payloadTypeColumn(), schema.payloadColumn(), schema.metaDataColumn());
        String above = "SELECT %s FROM %s WHERE %s > ? AND %s <= ?".formatted(columns, schema.domainEventTable(),
                schema.globalIndexColumn(), schema.globalIndexColumn());
        String order = " ORDER BY " + schema.globalIndexColumn();
        this.readAbove = above + order;
        // a UNION rather than an OR: each half is a primary-key range or lookup, whatever plan PostgreSQL caches
        this.readAboveAndGaps = above + " UNION ALL SELECT %s FROM %s WHERE %s = ANY (?)".formatted(columns,
                schema.domainEventTable(), schema.globalIndexColumn()) + order;
    }

    /**
     * Until the previous value is put back, reads of tracked events on this thread leave out the payload and metadata
     * of these payload types. Returns the previous value.
     */
    public static String[] leaveOut(String[] payloadTypes) {
        String[] previous = LEFT_OUT.get();
        LEFT_OUT.set(payloadTypes);
        return previous;
    }

    /**
     * The builder is validated by building Axon's own engine once, which has no side effects. Public for the
     * benchmark, which compares it with Axon's. This engine appends at once, as Axon's.
     */
    public static JdbcEventStorageEngine from(Builder builder) {
        return from(builder, null);
    }

    /** An engine whose appends wait for the commit of a transaction that holds them. */
    static JdbcEventStorageEngine from(Builder builder, AppendAtCommit appends) {
        builder.gapTimeout(GAP_TIMEOUT_MILLIS).maxGapOffset(MAX_GAP_OFFSET).lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
                .build();
        return new PostgresStorageEngine(builder, appends);
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        boolean held = !events.isEmpty() && appends != null && serializer == getEventSerializer()
                && appends.hold(events, carrier);
        if (!held) {
            super.appendEvents(events, serializer);
        }
    }

    /**
     * On the transaction's connection: one INSERT of every held event. When something already ran in the transaction
     * the COMMIT follows in the same message; when nothing did, the INSERT alone in autocommit is that whole
     * transaction (one statement is atomic), and PostgreSQL is spared a BEGIN and a COMMIT. Either way the
     * transaction has nothing left to commit afterwards. (More events than one statement takes go in Axon's batch,
     * and the transaction commits as usual.) A duplicate key stops it before anything commits and is a concurrency
     * conflict, as for Axon's append.
     */
    private void appendAndCommit(Connection connection, List<EventMessage<?>> events) {
        if (events.size() > HeldAppendStatement.ROWS_MAX) {
            super.appendEvents(events, getEventSerializer());
            return;
        }
        try {
            boolean alone = connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE;
            if (alone) {
                connection.setAutoCommit(true);
            }
            try (PreparedStatement statement = connection.prepareStatement(heldAppend.sql(events.size(), alone))) {
                heldAppend.bind(statement, events);
                statement.execute();
            } finally {
                if (alone) {
                    // as the transaction left it, for its own commit, which then has nothing to send
                    connection.setAutoCommit(false);
                }
            }
        } catch (SQLException e) {
            handlePersistenceException(e, events.get(0));
        }
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken token, boolean mayBlock) {
        // only the shared reader at the head may block (Axon's contract for mayBlock); replays and catch-ups read on
        if (mayBlock) {
            paceFollowingRead();
            // one batch: the reader reads again (paced) as long as it finds events, so nothing is left behind
            return fetchTrackedEvents(token, batchSize()).stream();
        }
        return super.readEventData(token, mayBlock);
    }

    private void paceFollowingRead() {
        long wait = lastFollowingRead + FOLLOW_PACE_NANOS - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                // the store is shutting its reader down: read now, and let the reader see the interrupt
                Thread.currentThread().interrupt();
            }
        }
        lastFollowingRead = System.nanoTime();
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet row, GapAwareTrackingToken previous)
            throws SQLException {
        long globalIndex = row.getLong(schema.globalIndexColumn());
        String aggregateId = row.getString(schema.aggregateIdentifierColumn());
        String eventId = row.getString(schema.eventIdentifierColumn());
        // Axon stores an event published outside an aggregate with its own id as the aggregate id
        StoredEvent event = entry(row, eventId.equals(aggregateId) ? null : aggregateId, eventId);
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

    @Override
    protected PreparedStatement readEventDataWithoutGaps(Connection connection, long globalIndex, int batchSize)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(readAbove);
        bindAbove(connection, statement, globalIndex, batchSize);
        return statement;
    }

    @Override
    protected PreparedStatement readEventDataWithGaps(Connection connection, long globalIndex, int batchSize,
                                                      List<Long> gaps) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(readAboveAndGaps);
        Array leftOut = bindAbove(connection, statement, globalIndex, batchSize);
        statement.setArray(5, leftOut);
        statement.setArray(6, leftOut);
        statement.setArray(7, connection.createArrayOf("bigint", gaps.toArray()));
        return statement;
    }

    private static Array bindAbove(Connection connection, PreparedStatement statement, long globalIndex,
                                   int batchSize) throws SQLException {
        Array leftOut = connection.createArrayOf("varchar", LEFT_OUT.get());
        statement.setArray(1, leftOut);
        statement.setArray(2, leftOut);
        statement.setLong(3, globalIndex);
        statement.setLong(4, globalIndex + batchSize);
        return leftOut;
    }

    /** Axon's own form, three fraction digits always: the column is text, and tokens at an instant compare it as text. */
    @Override
    protected void writeTimestamp(PreparedStatement statement, int position, Instant timestamp) throws SQLException {
        statement.setString(position, CanonicalInstants.storeTimestamp(timestamp));
    }

    @Override
    protected StoredEvent getDomainEventData(ResultSet row) throws SQLException {
        return entry(row, row.getString(schema.aggregateIdentifierColumn()), row.getString(schema.eventIdentifierColumn()));
    }

    @Override
    protected StoredEvent getSnapshotData(ResultSet row) throws SQLException {
        return getDomainEventData(row);
    }

    private StoredEvent entry(ResultSet row, String aggregateId, String eventId) throws SQLException {
        String timestamp = row.getString(schema.timestampColumn());
        return new StoredEvent(row.getString(schema.typeColumn()), aggregateId,
                row.getLong(schema.sequenceNumberColumn()), eventId, timestamp,
                row.getString(schema.payloadTypeColumn()), row.getString(schema.payloadRevisionColumn()),
                readOrNot(row, schema.payloadColumn()), readOrNot(row, schema.metaDataColumn()));
    }

    /** A stored event always has a payload and metadata: null is one this reader left out. */
    private Object readOrNot(ResultSet row, String column) throws SQLException {
        Object value = readPayload(row, column);
        return value != null ? value : NOT_READ;
    }
}
