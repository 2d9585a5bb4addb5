package com.slotledger.app.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Read-model rows as text ("table|value|value..."), to compare tables before and after a replay, column for column. */
public final class ReadModelRows {

    private ReadModelRows() {
    }

    /** Every row of the tables, each table in the order {@code orderBy} gives (an ORDER BY list). */
    public static List<String> of(DataSource dataSource, List<String> tables, String orderBy) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : tables) {
            rows.addAll(of(dataSource, table, orderBy));
        }
        return rows;
    }

    /** Every row of the table, in the order {@code orderBy} gives, or as PostgreSQL returns them if it is null. */
    public static List<String> of(DataSource dataSource, String table, String orderBy) throws SQLException {
        List<String> rows = new ArrayList<>();
        String sql = "SELECT * FROM " + table + (orderBy == null ? "" : " ORDER BY " + orderBy);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder(table);
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.append('|').append(result.getString(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
