package com.slotledger.bench;

import com.slotledger.app.axon.PostgresStorageEngine;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every projection's processor pays per event to follow the store, on one thread: Axon's own JDBC engine
 * against the app's ({@link PostgresStorageEngine}), reading in full, and leaving out every payload type, as a
 * projection does for the types it does not handle. Each reader takes the event's position, timestamp and payload
 * type, as a processor's coordinator does; nothing is deserialized. The three take turns, so a change in the
 * machine's speed during the run touches all of them.
 */
final class ReadBenchmark {

    private static final int ROUNDS = 3;

    record Reads(double axon, double ours, double oursLeavingOut) {
    }

    private final DataSource dataSource;
    private final Serializer serializer;

    ReadBenchmark(DataSource dataSource, Serializer serializer) {
        this.dataSource = dataSource;
        this.serializer = serializer;
    }

    /** Events per second, the best of the rounds for each reader. */
    Reads run(long events) throws SQLException {
        JdbcEventStorageEngine axon = builder().build();
        JdbcEventStorageEngine ours = PostgresStorageEngine.from(builder());
        String[] everyType = payloadTypes();
        double[] best = new double[3];
        for (int round = 0; round < ROUNDS; round++) {
            best[0] = Math.max(best[0], read(axon, new String[0], events));
            best[1] = Math.max(best[1], read(ours, new String[0], events));
            best[2] = Math.max(best[2], read(ours, everyType, events));
        }
        return new Reads(best[0], best[1], best[2]);
    }

    private JdbcEventStorageEngine.Builder builder() {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .batchSize(1000);
    }

    private double read(JdbcEventStorageEngine engine, String[] leaveOut, long events) {
        String[] previous = PostgresStorageEngine.leaveOut(leaveOut);
        long started = System.nanoTime();
        long read = 0;
        long check = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (read < events && iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                check += event.trackingToken().position().orElse(0) + event.getTimestamp().getNano()
                        + event.getPayloadType().getName().length();
                read++;
            }
        } finally {
            PostgresStorageEngine.leaveOut(previous);
        }
        if (check == 0) {
            throw new IllegalStateException("nothing read");
        }
        return read / ((System.nanoTime() - started) / 1e9);
    }

    private String[] payloadTypes() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT payloadtype FROM domainevententry")) {
            List<String> types = new ArrayList<>();
            while (rows.next()) {
                types.add(rows.getString(1));
            }
            return types.toArray(String[]::new);
        }
    }

    static String describe(Reads reads) {
        return "event reading, 1 thread: Axon's engine %.0f ev/s; the app's %.0f ev/s (%.2fx), leaving out payloads %.0f ev/s (%.2fx)"
                .formatted(reads.axon(), reads.ours(), reads.ours() / reads.axon(), reads.oursLeavingOut(),
                        reads.oursLeavingOut() / reads.axon());
    }
}
