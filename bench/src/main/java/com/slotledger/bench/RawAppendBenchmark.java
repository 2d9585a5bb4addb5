package com.slotledger.bench;

import com.slotledger.api.entitlement.EntitlementEvents.SlotAssigned;
import com.slotledger.bench.TimedLoad.Throughput;
import org.axonframework.common.DateTimeUtils;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * (a) The floor the application is measured against: single-event inserts, one per autocommit transaction, into
 * a scratch table shaped like Axon's domainevententry (same columns, keys and unique constraints). The same inserts
 * can also run each in a transaction of its own, begun and committed in the same message, as a command's are when it
 * wrote anything before its events (a command that only appends does so in autocommit, as (a) does).
 */
final class RawAppendBenchmark {

    /** Its own schema: Flyway refuses to baseline a non-empty public schema on a fresh database. */
    static final String SCHEMA = "bench";
    static final String TABLE = SCHEMA + ".raw_events";

    private static final String INSERT = "INSERT INTO " + TABLE + " (aggregateidentifier, sequencenumber, type,"
            + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?,?,?,?,?,?,?,?,?)";
    /** Outside autocommit the driver puts a BEGIN in front: three statements, one round trip. */
    private static final String INSERT_IN_TRANSACTION = INSERT + "; COMMIT";

    private final Database database;
    private final BenchOptions options;

    RawAppendBenchmark(Database database, BenchOptions options) {
        this.database = database;
        this.options = options;
    }

    /**
     * A fresh table each run, so earlier runs' rows do not make the indexes larger than the app's. The same shape as
     * domainevententry in the app's V1 migration, written out because LIKE would share its sequence.
     */
    void createTable() throws SQLException {
        database.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA, "DROP TABLE IF EXISTS " + TABLE, """
                CREATE TABLE %s (
                    globalindex         BIGSERIAL    NOT NULL,
                    aggregateidentifier VARCHAR(255) NOT NULL,
                    sequencenumber      BIGINT       NOT NULL,
                    type                VARCHAR(255),
                    eventidentifier     VARCHAR(255) NOT NULL,
                    metadata            BYTEA,
                    payload             BYTEA        NOT NULL,
                    payloadrevision     VARCHAR(255),
                    payloadtype         VARCHAR(255) NOT NULL,
                    timestamp           VARCHAR(255) NOT NULL,
                    PRIMARY KEY (globalindex),
                    UNIQUE (aggregateidentifier, sequencenumber),
                    UNIQUE (eventidentifier)
                )""".formatted(TABLE));
    }

    Throughput run(int threads) throws Exception {
        return run(threads, false, options.warmUp(), options.measure());
    }

    /** Each insert in a BEGIN ... COMMIT of its own, sent with it. */
    Throughput runInTransactions(int threads) throws Exception {
        return run(threads, true, options.warmUp(), options.measure());
    }

    /** The same load, untimed, for the JIT, as the commands get theirs. */
    Throughput warmUp(int threads, Duration duration) throws Exception {
        return run(threads, false, Duration.ZERO, duration);
    }

    private Throughput run(int threads, boolean inTransaction, Duration warmUp, Duration window) throws Exception {
        List<Appender> appenders = new CopyOnWriteArrayList<>();
        try {
            return TimedLoad.measure(threads, warmUp, window, thread -> {
                Appender appender = new Appender(open(), inTransaction);
                appenders.add(appender);
                return appender;
            });
        } finally {
            for (Appender appender : appenders) {
                appender.close();
            }
        }
    }

    private Connection open() {
        try {
            return database.open();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + options.jdbcUrl(), e);
        }
    }

    /** One aggregate per thread, its sequence numbers counting up, as one writer of one aggregate would. */
    private static final class Appender implements TimedLoad.Operation, AutoCloseable {

        private final Connection connection;
        private final PreparedStatement insert;
        private final String aggregateId = UUID.randomUUID().toString();
        private final byte[] payload;
        private final byte[] metadata;
        private long sequence;

        Appender(Connection connection, boolean inTransaction) {
            try {
                this.connection = connection;
                connection.setAutoCommit(!inTransaction);
                this.insert = connection.prepareStatement(inTransaction ? INSERT_IN_TRANSACTION : INSERT);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            this.payload = payloadOfAbout200Bytes(aggregateId);
            this.metadata = metadataLikeTheApps();
        }

        @Override
        public void run() throws SQLException {
            insert.setString(1, aggregateId);
            insert.setLong(2, sequence++);
            insert.setString(3, "Candidate");
            insert.setString(4, UUID.randomUUID().toString());
            insert.setBytes(5, metadata);
            insert.setBytes(6, payload);
            insert.setString(7, "1");
            insert.setString(8, SlotAssigned.class.getName());
            insert.setString(9, DateTimeUtils.formatInstant(Instant.now()));
            insert.execute();
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }

        private static byte[] payloadOfAbout200Bytes(String aggregateId) {
            String json = "{\"candidateId\":\"" + aggregateId + "\",\"assignedBy\":\"" + UUID.randomUUID()
                    + "\",\"assignedAt\":\"" + Instant.now() + "\",\"note\":\"";
            return (json + "x".repeat(Math.max(0, 198 - json.length())) + "\"}").getBytes(StandardCharsets.UTF_8);
        }

        /** The app's events carry actor, request, correlation and causation ids: the same size here. */
        private static byte[] metadataLikeTheApps() {
            return ("{\"actorId\":\"system\",\"actorRoles\":\"ADMIN\",\"requestId\":\"" + UUID.randomUUID()
                    + "\",\"correlationId\":\"" + UUID.randomUUID() + "\",\"causationId\":\"" + UUID.randomUUID()
                    + "\"}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
