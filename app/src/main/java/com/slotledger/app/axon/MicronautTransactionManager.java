package com.slotledger.app.axon;

import io.micronaut.transaction.SynchronousTransactionManager;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionStatus;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

import java.sql.Connection;

/**
 * Axon's units of work run inside Micronaut transactions on the one DataSource: an event append and a
 * lookup-table or read-model write commit or roll back together. An outer transaction is joined.
 */
final class MicronautTransactionManager implements TransactionManager {

    private final SynchronousTransactionManager<Connection> transactions;

    MicronautTransactionManager(SynchronousTransactionManager<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Transaction startTransaction() {
        TransactionStatus<Connection> status = transactions.getTransaction(TransactionDefinition.DEFAULT);
        return new Transaction() {
            @Override
            public void commit() {
                transactions.commit(status);
            }

            @Override
            public void rollback() {
                transactions.rollback(status);
            }
        };
    }
}
