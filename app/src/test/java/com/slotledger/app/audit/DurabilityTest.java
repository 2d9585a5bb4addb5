package com.slotledger.app.audit;

import com.slotledger.api.entitlement.EntitlementCommands.AssignSlot;
import com.slotledger.api.entitlement.EntitlementCommands.ConsumeSlot;
import com.slotledger.api.entitlement.EntitlementCommands.RegisterCandidate;
import com.slotledger.api.entitlement.EntitlementCommands.ReassignSlot;
import com.slotledger.api.shared.Actor;
import com.slotledger.app.database.DatabasePool;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.Ids;
import io.micronaut.context.ApplicationContext;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app's default: embedded PostgreSQL in a persistent directory with durable settings. Events survive a
 * restart, and long streams are snapshotted (a snapshot that fails to serialize would only log a warning).
 */
class DurabilityTest {

    @TempDir
    Path dataDir;

    private ApplicationContext start() {
        return ApplicationContext.builder().properties(Map.of("slotledger.database.data-dir", dataDir.toString(),
                "slotledger.database.url", "")).start();
    }

    private static long count(ApplicationContext context, String table, String aggregateId) throws Exception {
        try (Connection connection = context.getBean(DatabasePool.class).dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM " + table + " WHERE aggregateidentifier = '" + aggregateId + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void eventsSurviveARestartAndLongStreamsAreSnapshotted() throws Exception {
        String candidateId = Ids.newId();
        Actor actor = Actor.system("durability");
        try (ApplicationContext first = start()) {
            CommandDispatcher commands = first.getBean(CommandDispatcher.class);
            commands.send(new RegisterCandidate(candidateId, "Durable", "D-1", "durable", null, null, "system", Instant.now()), actor);
            commands.send(new AssignSlot(candidateId, "system", Instant.now()), actor);
            for (int i = 0; i < 60; i++) {
                commands.send(new ReassignSlot(candidateId, "system", Instant.now()), actor);
            }
            try (Connection connection = first.getBean(DatabasePool.class).dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet settings = statement.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
                settings.next();
                assertEquals("on", settings.getString(1));
                assertEquals("on", settings.getString(2));
            }
        }
        try (ApplicationContext second = start()) {
            assertEquals(2 + 60 * 2, count(second, "domainevententry", candidateId));
            assertTrue(count(second, "snapshotevententry", candidateId) >= 1, "no snapshot was written");
            // loading now starts at the snapshot, not at the first event
            assertTrue(second.getBean(EventStore.class).readEvents(candidateId).asStream().count() < 2 + 60 * 2);
            // the state came back from the snapshot: a reassigned slot is consumed once, and only once
            CommandDispatcher commands = second.getBean(CommandDispatcher.class);
            commands.send(new ReassignSlot(candidateId, "system", Instant.now()), actor);
            commands.send(new ConsumeSlot(candidateId, "system", Instant.now()), actor);
            assertThrows(RuntimeException.class,
                    () -> commands.send(new ConsumeSlot(candidateId, "system", Instant.now()), actor));
            assertEquals(2 + 60 * 2 + 3, count(second, "domainevententry", candidateId));
        }
    }
}
