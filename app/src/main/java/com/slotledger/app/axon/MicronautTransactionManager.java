package com.slotledger.app.axon;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.SynchronousTransactionManager;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionStatus;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * Axon's units of work run inside Micronaut transactions on the one DataSource: an event append and a
 * lookup-table or read-model write commit or roll back together. An outer transaction is joined.
 */
final class MicronautTransactionManager implements TransactionManager {

    private final SynchronousTransactionManager<Connection> transactions;
    private final boolean waitForFlush;
    private final AppendAtCommit appends;

    private MicronautTransactionManager(SynchronousTransactionManager<Connection> transactions, boolean waitForFlush,
                                        AppendAtCommit appends) {
        this.transactions = transactions;
        this.waitForFlush = waitForFlush;
        this.appends = appends;
    }

    /**
     * For commands: a commit returns once PostgreSQL has flushed it, as synchronous_commit says. A transaction begun
     * here holds its event appends until it commits ({@link AppendAtCommit}).
     */
    static MicronautTransactionManager durable(SynchronousTransactionManager<Connection> transactions,
                                               AppendAtCommit appends) {
        return new MicronautTransactionManager(transactions, true, appends);
    }

    /**
     * For projections: their own transactions commit without waiting for the WAL flush. Nothing is lost by it: the
     * read-model rows, the token and any dead letter commit atomically together, so a crash can only take back a
     * whole batch, token included, and the processor handles those events again from the durable event store.
     * Waiting would put a second flush beside every command's.
     */
    static MicronautTransactionManager rebuildable(SynchronousTransactionManager<Connection> transactions) {
        return new MicronautTransactionManager(transactions, false, null);
    }

    /**
     * For the event store: appends as for commands; a read outside any transaction (a projection following the store,
     * a token at the head) runs on its own in autocommit, one round trip, instead of inside a transaction of its own
     * (BEGIN, the query, COMMIT). Every such read is a single query or independent ones, each consistent by itself,
     * which is what Axon's gap logic expects of a store others write to meanwhile. Inside a transaction it is joined.
     */
    static TransactionManager eventStore(SynchronousTransactionManager<Connection> transactions,
                                         ConnectionOperations<Connection> connections, AppendAtCommit appends) {
        MicronautTransactionManager durable = durable(transactions, appends);
        return new TransactionManager() {
            @Override
            public Transaction startTransaction() {
                return durable.startTransaction();
            }

            @Override
            public <T> T fetchInTransaction(Supplier<T> read) {
                return connections.findConnectionStatus().isPresent() ? durable.fetchInTransaction(read) : read.get();
            }
        };
    }

    @Override
    public Transaction startTransaction() {
        TransactionStatus<Connection> status = transactions.getTransaction(TransactionDefinition.DEFAULT);
        AppendAtCommit.Held held = appends != null && status.isNewTransaction() ? appends.begin(status.getConnection())
                : null;
        if (!waitForFlush && status.isNewTransaction()) {
            try (Statement statement = status.getConnection().createStatement()) {
                statement.execute("SET LOCAL synchronous_commit TO OFF");
            } catch (SQLException e) {
                transactions.rollback(status);
                throw new IllegalStateException("could not start a projection transaction", e);
            }
        }
        return new Transaction() {
            @Override
            public void commit() {
                if (held != null) {
                    // when the appends carried the COMMIT, this one finds nothing left to commit and sends nothing
                    held.beforeCommit(status.isRollbackOnly());
                }
                transactions.commit(status);
            }

            @Override
            public void rollback() {
                if (held != null) {
                    held.release();
                }
                transactions.rollback(status);
            }
        };
    }
}
