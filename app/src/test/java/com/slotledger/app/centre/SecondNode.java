package com.slotledger.app.centre;

import com.slotledger.app.support.IntegrationTest;
import com.slotledger.app.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Another database on the test PostgreSQL server, and a node (application context) of some centre on it. */
final class SecondNode {

    private SecondNode() {
    }

    /** Creates a fresh database beside the test database and answers its JDBC URL. */
    static String newDatabase(String prefix) throws SQLException {
        String url = url();
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    static Map<String, Object> properties(String jdbcUrl, String centre) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("slotledger.database.url", jdbcUrl);
        properties.put("slotledger.centre.id", centre);
        properties.put("slotledger.admin-password", IntegrationTest.ADMIN_PASSWORD);
        properties.put("slotledger.read-your-writes.timeout", "3s");
        properties.put("micronaut.server.port", -1);
        return properties;
    }

    static EmbeddedServer start(String jdbcUrl, String centre) {
        return ApplicationContext.run(EmbeddedServer.class, properties(jdbcUrl, centre));
    }

    static Connection connect(String jdbcUrl) throws SQLException {
        Map<String, Object> base = TestDatabase.properties();
        return DriverManager.getConnection(jdbcUrl, String.valueOf(base.getOrDefault("slotledger.database.user", "postgres")),
                String.valueOf(base.getOrDefault("slotledger.database.password", "")));
    }

    static String url() {
        return TestDatabase.properties().get("slotledger.database.url").toString();
    }

    /** Every row of the query's result, as text, in the query's order. */
    static List<String> rows(String jdbcUrl, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect(jdbcUrl); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.append(c == 1 ? "" : "|").append(result.getString(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    static long count(String jdbcUrl, String table) throws SQLException {
        return Long.parseLong(rows(jdbcUrl, "SELECT count(*) FROM " + table).get(0));
    }
}
