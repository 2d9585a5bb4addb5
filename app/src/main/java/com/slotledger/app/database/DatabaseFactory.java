package com.slotledger.app.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The one connection pool. Flyway migrates before anyone else can use it, so Axon and the repositories always
 * meet the schema they expect.
 */
@Factory
class DatabaseFactory {

    @Singleton
    @Bean(preDestroy = "close")
    DatabasePool pool(DatabaseSettings settings) {
        EmbeddedDatabase embedded = settings.embedded() ? EmbeddedDatabase.start(settings) : null;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(embedded != null ? embedded.jdbcUrl() : settings.url());
        if (embedded == null) {
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(true);
        // a JDBC batch of INSERTs goes to PostgreSQL as multi-row INSERTs: one execution for the events a command
        // appends (Axon batches them) and for a projection batch's rows, instead of one per row
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setPoolName("slotledger");
        HikariDataSource hikari = new HikariDataSource(config);
        // each feature numbers its migrations in its own range and owns its own tables, so a feature's new
        // migration may sort below one another feature already applied: order within a feature is what matters
        Flyway.configure().dataSource(hikari).locations("classpath:db/migration").outOfOrder(true).load().migrate();
        return new DatabasePool(hikari, embedded);
    }

    @Singleton
    @Named("default")
    DataSource dataSource(DatabasePool pool) {
        return pool.dataSource();
    }
}
