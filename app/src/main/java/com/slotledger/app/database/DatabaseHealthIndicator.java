package com.slotledger.app.database;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** /health's "database" entry: the server answers, its version, and the event store's head position. */
@Singleton
class DatabaseHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final DatabasePool pool;

    DatabaseHealthIndicator(DatabasePool pool) {
        this.pool = pool;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        try (Connection connection = pool.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version(), (SELECT coalesce(max(globalindex), 0) FROM domainevententry)")) {
            rows.next();
            details.put("database", "PostgreSQL");
            details.put("version", rows.getString(1));
            details.put("eventStoreHead", rows.getLong(2));
            healthStatus = HealthStatus.UP;
        } catch (SQLException e) {
            details.put("error", e.getMessage());
            healthStatus = HealthStatus.DOWN;
        }
        return details;
    }

    @Override
    protected String getName() {
        return "database";
    }
}
