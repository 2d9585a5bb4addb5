package com.slotledger.app.database;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;

/**
 * The raw pool, for the few callers that must work outside a Micronaut transaction (Axon's threads); everyone
 * else uses the transaction-aware DataSource bean.
 */
public final class DatabasePool implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final EmbeddedDatabase embedded;

    DatabasePool(HikariDataSource dataSource, EmbeddedDatabase embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws Exception {
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
