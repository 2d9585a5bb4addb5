package com.slotledger.app.axon;

import io.micronaut.data.connection.ConnectionOperations;
import org.axonframework.eventhandling.EventMessage;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * A command's events reach the store with the statement that commits its transaction. Axon appends them while it
 * prepares the commit and commits a moment later: two round trips, each waiting on PostgreSQL, and the second one
 * carries no data. Held until the commit, the append and the COMMIT go as one message (the storage engine decides
 * how), still in the transaction, so everything the command wrote commits or rolls back with its events.
 * <p>
 * Only a transaction a command (or the event store) began itself holds its appends: one it joins belongs to someone
 * who may still read or write after the append, so there the events are appended at once, as Axon does.
 */
final class AppendAtCommit {

    /** Appends held events on the transaction's connection and may commit the transaction with them. */
    interface Carrier {
        void appendAndCommit(Connection connection, List<EventMessage<?>> events);
    }

    private final ConnectionOperations<Connection> connections;
    private final ThreadLocal<Held> held = new ThreadLocal<>();

    AppendAtCommit(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /** A transaction begun on this connection holds the appends made in it until it commits. */
    Held begin(Connection connection) {
        Held appends = new Held(connection);
        held.set(appends);
        return appends;
    }

    /**
     * True if these events will be appended when the current transaction commits; false if they must be appended now
     * (no transaction here holds appends, or the current one runs on another connection, begun inside it).
     */
    boolean hold(List<? extends EventMessage<?>> events, Carrier carrier) {
        Held appends = held.get();
        if (appends == null || !connections.findConnectionStatus()
                .map(status -> status.getConnection() == appends.connection).orElse(false)) {
            return false;
        }
        appends.add(events, carrier);
        return true;
    }

    /** The appends one transaction holds. */
    final class Held {

        private final Connection connection;
        private final List<EventMessage<?>> events = new ArrayList<>();
        private Carrier carrier;

        private Held(Connection connection) {
            this.connection = connection;
        }

        private void add(List<? extends EventMessage<?>> more, Carrier by) {
            if (carrier != null && carrier != by) {
                throw new IllegalStateException("one transaction appends to one event store");
            }
            carrier = by;
            events.addAll(more);
        }

        /**
         * Appends what is held, unless the transaction will roll back anyway. A failure (a concurrent append to the
         * same aggregate) leaves the transaction to be rolled back, as a failed append always did.
         */
        void beforeCommit(boolean rollbackOnly) {
            release();
            if (carrier != null && !rollbackOnly) {
                carrier.appendAndCommit(connection, events);
            }
        }

        /** Nothing held is appended. */
        void release() {
            if (held.get() == this) {
                held.remove();
            }
        }
    }
}
