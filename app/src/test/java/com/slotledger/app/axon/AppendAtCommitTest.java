package com.slotledger.app.axon;

import com.slotledger.app.database.DatabasePool;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.command.shared.Ids;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A transaction begun for a command holds its appends and sends them with its COMMIT (or alone in autocommit, when
 * nothing else ran in it): they are not in the store, not even inside the transaction, until it commits; then all of
 * them are, in the order they were published, together with what else the transaction wrote. A rollback appends
 * nothing; a conflicting append fails the commit as a concurrency conflict and takes the transaction's other writes
 * back with it; a transaction someone else began appends at once, as Axon does.
 */
@MicronautTest(transactional = false)
class AppendAtCommitTest extends IntegrationTest {

    /** An event no projection handles. */
    record Noted(long number) {
    }

    @Inject
    Configuration axon;

    @Inject
    DatabasePool pool;

    @Inject
    ConnectionOperations<Connection> connections;

    private TransactionManager commands;

    @BeforeAll
    void aTableForTheTransactionsOtherWrites() throws SQLException {
        commands = axon.getComponent(TransactionManager.class);
        try (Connection connection = pool.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS append_at_commit_probe (id VARCHAR(64) PRIMARY KEY)");
        }
    }

    /** Backups carry every table, and a restore target has only the migrated ones. */
    @AfterAll
    void dropTheTable() throws SQLException {
        try (Connection connection = pool.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE append_at_commit_probe");
        }
    }

    @Test
    void heldAppendsReachTheStoreWithTheCommitInTheOrderPublished() throws SQLException {
        String id = Ids.newId();
        Transaction transaction = commands.startTransaction();
        axon.eventStore().publish(noted(id, 0));
        axon.eventStore().publish(noted(id, 1), noted(id, 2));
        writeProbe(id);
        assertEquals(List.of(), sequencesInTransaction(id));
        transaction.commit();

        assertEquals(List.of(0L, 1L, 2L), sequencesByGlobalIndex(id));
        assertEquals(1, probes(id));
    }

    @Test
    void anAppendAloneInItsTransactionCommitsByItselfAndLeavesTheConnectionTransactional() throws SQLException {
        String id = Ids.newId();
        Transaction alone = commands.startTransaction();
        axon.eventStore().publish(noted(id, 0), noted(id, 1));
        alone.commit();
        assertEquals(List.of(0L, 1L), sequencesByGlobalIndex(id));

        Transaction conflicting = commands.startTransaction();
        axon.eventStore().publish(noted(id, 1));
        assertThrows(ConcurrencyException.class, conflicting::commit);
        conflicting.rollback();
        assertEquals(List.of(0L, 1L), sequencesByGlobalIndex(id));

        // the pool hands this thread the same connection: a write in the next transaction still rolls back
        Transaction next = commands.startTransaction();
        writeProbe(id);
        next.rollback();
        assertEquals(0, probes(id));
    }

    @Test
    void aRolledBackTransactionAppendsNothing() throws SQLException {
        String id = Ids.newId();
        Transaction transaction = commands.startTransaction();
        axon.eventStore().publish(noted(id, 0));
        writeProbe(id);
        transaction.rollback();

        assertEquals(List.of(), sequencesByGlobalIndex(id));
        assertEquals(0, probes(id));
    }

    @Test
    void aConflictingAppendFailsTheCommitAndTheTransactionsOtherWritesRollBack() throws SQLException {
        String id = Ids.newId();
        axon.eventStore().publish(noted(id, 0), noted(id, 1));

        Transaction transaction = commands.startTransaction();
        writeProbe(id);
        axon.eventStore().publish(noted(id, 1));
        assertThrows(ConcurrencyException.class, transaction::commit);
        transaction.rollback();

        assertEquals(List.of(0L, 1L), sequencesByGlobalIndex(id));
        assertEquals(0, probes(id));
    }

    @Test
    void anAppendTooLargeForOneStatementStillCommitsAsOne() throws SQLException {
        String id = Ids.newId();
        List<EventMessage<?>> many = new ArrayList<>();
        LongStream.range(0, HeldAppendStatement.ROWS_MAX + 1).forEach(n -> many.add(noted(id, n)));
        Transaction transaction = commands.startTransaction();
        axon.eventStore().publish(many);
        transaction.commit();

        assertEquals(LongStream.range(0, many.size()).boxed().toList(), sequencesByGlobalIndex(id));
    }

    @Test
    void inATransactionSomeoneElseBeganTheAppendIsImmediate() {
        String id = Ids.newId();
        List<Long> seenInside = connections.executeWrite(status -> {
            axon.eventStore().publish(noted(id, 0));
            return sequences(status.getConnection(), id);
        });

        assertEquals(List.of(0L), seenInside);
    }

    private static DomainEventMessage<Noted> noted(String id, long sequence) {
        return new GenericDomainEventMessage<>("Note", id, sequence, new Noted(sequence));
    }

    private void writeProbe(String id) {
        connections.findConnectionStatus().ifPresentOrElse(status -> {
            try (PreparedStatement insert = status.getConnection()
                    .prepareStatement("INSERT INTO append_at_commit_probe (id) VALUES (?)")) {
                insert.setString(1, id);
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            throw new IllegalStateException("no transaction");
        });
    }

    private List<Long> sequencesInTransaction(String id) {
        return sequences(connections.findConnectionStatus().orElseThrow().getConnection(), id);
    }

    private List<Long> sequencesByGlobalIndex(String id) throws SQLException {
        try (Connection connection = pool.dataSource().getConnection()) {
            return sequences(connection, id);
        }
    }

    private static List<Long> sequences(Connection connection, String id) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT sequencenumber FROM domainevententry WHERE aggregateidentifier = ? ORDER BY globalindex")) {
            query.setString(1, id);
            List<Long> sequences = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sequences.add(rows.getLong(1));
                }
            }
            return sequences;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long probes(String id) throws SQLException {
        try (Connection connection = pool.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM append_at_commit_probe WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
