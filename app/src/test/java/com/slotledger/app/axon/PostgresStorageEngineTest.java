package com.slotledger.app.axon;

import com.slotledger.api.entitlement.EntitlementEvents.SlotAssigned;
import com.slotledger.app.database.DatabasePool;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine that parses timestamps once reads exactly what Axon's own engine reads: the same events, the same
 * gap-aware positions (a hole in the global sequence stays a gap), the same aggregate streams; a reader that leaves
 * out a payload type gets the same rows and positions, those without payload; the reader following the head reads
 * one batch at a time, paced.
 */
@MicronautTest(transactional = false)
class PostgresStorageEngineTest extends IntegrationTest {

    @Inject
    DatabasePool pool;

    private final Serializer serializer = Serialization.serializer();
    private JdbcEventStorageEngine axons;
    private JdbcEventStorageEngine ours;
    private long start;
    private long hole;
    private String candidateId;

    @BeforeAll
    void eventsAroundAHoleInTheSequence() throws Exception {
        signIn();
        axons = builder().build();
        ours = PostgresStorageEngine.from(builder());
        start = queryLong("SELECT coalesce(max(globalindex), 0) FROM domainevententry");
        candidateId = api.post("/api/v1/candidates", Map.of("name", "Stamp", "rollNumber", Api.unique("TS"),
                "trade", "stamp"), admin).string("id");
        // an index taken and never written, as by a transaction that rolled back
        hole = queryLong("SELECT nextval(pg_get_serial_sequence('domainevententry', 'globalindex'))");
        assertEquals(200, api.post("/api/v1/candidates/" + candidateId + "/exam-slot/assign", null, admin).status());
        assertEquals(200, api.post("/api/v1/candidates/" + candidateId + "/exam-slot/reset", null, admin).status());
    }

    private JdbcEventStorageEngine.Builder builder() {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(pool.dataSource()))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer);
    }

    private long queryLong(String sql) throws Exception {
        try (Connection connection = pool.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private List<? extends TrackedEventMessage<?>> tracked(JdbcEventStorageEngine engine) {
        GapAwareTrackingToken from = GapAwareTrackingToken.newInstance(start, List.of());
        return engine.readEvents(from, false).collect(Collectors.toList());
    }

    @Test
    void trackedEventsArePositionedAndReadAsByAxon() {
        List<? extends TrackedEventMessage<?>> expected = tracked(axons);
        List<? extends TrackedEventMessage<?>> actual = tracked(ours);
        assertTrue(expected.size() >= 3, "the candidate's three events at least");
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).trackingToken(), actual.get(i).trackingToken());
            assertSame(expected.get(i), actual.get(i));
        }
        GapAwareTrackingToken last = (GapAwareTrackingToken) actual.get(actual.size() - 1).trackingToken();
        assertTrue(last.getGaps().contains(hole), "the unwritten index " + hole + " stays a gap: " + last);
    }

    @Test
    void aReaderThatLeavesOutATypeGetsItsRowsInPlaceWithoutPayload() {
        List<? extends TrackedEventMessage<?>> expected = tracked(axons);
        String leftOut = SlotAssigned.class.getName();
        String[] previous = PostgresStorageEngine.leaveOut(new String[]{leftOut});
        List<? extends TrackedEventMessage<?>> actual;
        try {
            actual = tracked(ours);
        } finally {
            PostgresStorageEngine.leaveOut(previous);
        }
        assertEquals(expected.size(), actual.size());
        int withoutPayload = 0;
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).trackingToken(), actual.get(i).trackingToken());
            assertEquals(expected.get(i).getIdentifier(), actual.get(i).getIdentifier());
            assertEquals(expected.get(i).getPayloadType(), actual.get(i).getPayloadType());
            if (actual.get(i).getPayloadType().getName().equals(leftOut)) {
                withoutPayload++;
                TrackedEventMessage<?> message = actual.get(i);
                assertThrows(RuntimeException.class, message::getPayload, "a left-out payload is never made up");
            } else {
                assertSame(expected.get(i), actual.get(i));
            }
        }
        assertTrue(withoutPayload >= 1, "the candidate's SlotAssigned at least");
        List<? extends TrackedEventMessage<?>> afterwards = tracked(ours);
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), afterwards.get(i));
        }
    }

    @Test
    void theReaderFollowingTheHeadReadsOneBatchAtMostOncePerPace() {
        GapAwareTrackingToken from = GapAwareTrackingToken.newInstance(start, List.of());
        JdbcEventStorageEngine engine = PostgresStorageEngine.from(builder().batchSize(2));
        List<? extends TrackedEventMessage<?>> all = tracked(axons);
        long started = System.nanoTime();
        List<? extends TrackedEventMessage<?>> first = engine.readEvents(from, true).toList();
        assertTrue(!first.isEmpty() && first.size() < all.size(), "one batch of " + all.size() + ": " + first.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(all.get(i).trackingToken(), first.get(i).trackingToken());
            assertSame(all.get(i), first.get(i));
        }
        List<? extends TrackedEventMessage<?>> next =
                engine.readEvents(first.get(first.size() - 1).trackingToken(), true).toList();
        long waited = System.nanoTime() - started;
        assertTrue(waited >= PostgresStorageEngine.FOLLOW_PACE_NANOS,
                "a second following read ended " + waited + " ns after the first began");
        assertEquals(all.get(first.size()).trackingToken(), next.get(0).trackingToken(), "it goes on where it ended");
        assertEquals(all.size(), engine.readEvents(from, false).count(), "other readers read to the head");
    }

    @Test
    void anAggregatesStreamIsReadAsByAxon() {
        List<? extends DomainEventMessage<?>> expected = axons.readEvents(candidateId).asStream().toList();
        List<? extends DomainEventMessage<?>> actual = ours.readEvents(candidateId).asStream().toList();
        assertEquals(3, actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).getAggregateIdentifier(), actual.get(i).getAggregateIdentifier());
            assertEquals(expected.get(i).getSequenceNumber(), actual.get(i).getSequenceNumber());
            assertEquals(expected.get(i).getType(), actual.get(i).getType());
            assertSame(expected.get(i), actual.get(i));
        }
    }

    @Test
    void aTimestampInAnotherFormIsReadByAxonsParser() {
        for (String stored : List.of("2026-12-03T10:15:30.123Z", "2026-12-03T10:15:30Z", "2026-12-03T11:15:30+01:00",
                "2026-03-29T01:59:59.999999999Z")) {
            StoredEvent entry = new StoredEvent("Candidate", "c", 0, "e", stored, "t", "1", new byte[0], new byte[0]);
            assertEquals(DateTimeUtils.parseInstant(stored), entry.getTimestamp(), stored);
        }
    }

    private static void assertSame(EventMessage<?> expected, EventMessage<?> actual) {
        assertEquals(expected.getIdentifier(), actual.getIdentifier());
        assertEquals(expected.getTimestamp(), actual.getTimestamp());
        assertEquals(expected.getPayloadType(), actual.getPayloadType());
        assertEquals(expected.getPayload(), actual.getPayload());
        assertEquals(expected.getMetaData(), actual.getMetaData());
    }
}
