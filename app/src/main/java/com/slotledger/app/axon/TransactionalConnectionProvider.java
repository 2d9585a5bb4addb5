package com.slotledger.app.axon;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.ConnectionStatus;
import org.axonframework.common.jdbc.ConnectionProvider;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Gives Axon the current transaction's connection, shielded from Axon's close(); outside a transaction a plain
 * pooled connection, which Axon closes itself.
 */
final class TransactionalConnectionProvider implements ConnectionProvider {

    private final ConnectionOperations<Connection> connections;
    private final DataSource pool;

    TransactionalConnectionProvider(ConnectionOperations<Connection> connections, DataSource pool) {
        this.connections = connections;
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Optional<ConnectionStatus<Connection>> status = connections.findConnectionStatus();
        if (status.isEmpty()) {
            return pool.getConnection();
        }
        Connection inTransaction = status.get().getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(inTransaction, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
