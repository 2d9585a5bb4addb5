package com.slotledger.app.backup;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.app.database.DatabasePool;
import com.slotledger.app.sync.SyncNode;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backup and restore of the whole node: the event log, the stored files and every command-side table, copied from
 * one consistent snapshot while the service runs. Read models travel too but are rebuilt by replay after a restore,
 * so they always equal what the events say; tokens and dead letters stay behind.
 */
@Singleton
public class DatabaseBackup {

    /** Axon's progress and Flyway's history belong to the target database, never to a backup. */
    private static final Set<String> NOT_BACKED_UP = Set.of("flyway_schema_history", "tokenentry", "deadletterentry");

    private final DatabasePool pool;
    private final BackupArchive archive;
    private final SyncNode node;
    private final Clock clock;

    public DatabaseBackup(DatabasePool pool, BackupArchive archive, SyncNode node, Clock clock) {
        this.pool = pool;
        this.archive = archive;
        this.node = node;
        this.clock = clock;
    }

    public BackupArchive.Manifest backup(OutputStream out) {
        try (Connection connection = pool.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                long head = scalar(connection, "SELECT coalesce(max(globalindex), 0) FROM domainevententry");
                List<String> names = tablesInOrder(connection);
                return archive.write(out, new BackupArchive.TableWriter() {
                    @Override
                    public List<String> names() {
                        return names;
                    }

                    @Override
                    public void copy(String table, OutputStream sink) throws IOException {
                        try {
                            copy.copyOut("COPY " + table + " TO STDOUT", sink);
                        } catch (SQLException e) {
                            throw new IOException("copying " + table + " failed: " + e.getMessage(), e);
                        }
                    }
                }, tables -> new BackupArchive.Manifest(BackupArchive.FORMAT, node.id(), clock.instant(), head, tables));
            } finally {
                connection.rollback();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        }
    }

    /**
     * Restores into a database whose tables are empty (Flyway-migrated, never served): verifies the archive, then
     * copies every table in one transaction. {@code upToPosition} and {@code upToInstant} (optional) keep only the
     * events up to them; command-side lookup tables stay as they were at backup time.
     */
    public BackupArchive.Manifest restore(InputStream in, Long upToPosition, Instant upToInstant) {
        BackupArchive.Contents contents = archive.read(in);
        try (Connection connection = pool.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (BackupArchive.Table table : contents.manifest().tables()) {
                    requireEmpty(connection, table.name());
                }
                for (BackupArchive.Table table : contents.manifest().tables()) {
                    copy.copyIn("COPY " + table.name() + " FROM STDIN",
                            new ByteArrayInputStream(contents.entries().get(table.entry())));
                }
                if (upToPosition != null || upToInstant != null) {
                    try (PreparedStatement cut = connection.prepareStatement("DELETE FROM domainevententry"
                            + " WHERE globalindex > ? OR CAST(timestamp AS TIMESTAMPTZ) > ?")) {
                        cut.setLong(1, upToPosition == null ? Long.MAX_VALUE : upToPosition);
                        cut.setObject(2, (upToInstant == null ? Instant.parse("9999-12-31T00:00:00Z") : upToInstant)
                                .atOffset(java.time.ZoneOffset.UTC));
                        cut.executeUpdate();
                    }
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("DELETE FROM snapshotevententry");
                    }
                }
                resetSequences(connection);
                connection.commit();
                return contents.manifest();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("restore failed: " + e.getMessage(), e);
        }
    }

    /**
     * The position of each aggregate's newest event, newest first: a projection has handled everything once the
     * segment owning each of them has passed it (segments with nothing to do store their progress only seconds later).
     */
    public List<Long> lastEventOfEachAggregate() {
        try (Connection connection = pool.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT max(globalindex) AS last FROM domainevententry"
                     + " GROUP BY aggregateidentifier ORDER BY last DESC")) {
            List<Long> positions = new ArrayList<>();
            while (rows.next()) {
                positions.add(rows.getLong(1));
            }
            return positions;
        } catch (SQLException e) {
            throw new IllegalStateException("reading event positions failed: " + e.getMessage(), e);
        }
    }

    public long eventCount() {
        try (Connection connection = pool.dataSource().getConnection()) {
            return scalar(connection, "SELECT count(*) FROM domainevententry");
        } catch (SQLException e) {
            throw new IllegalStateException("counting events failed: " + e.getMessage(), e);
        }
    }

    private static void requireEmpty(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
            rows.next();
            if (rows.getBoolean(1)) {
                throw new DomainRejection(ErrorCode.RESTORE_TARGET_NOT_EMPTY, "Table " + table
                        + " already has rows: restore only into a fresh, never-served database.");
            }
        }
    }

    /** Every table of the schema, each after the tables its foreign keys reference. */
    private static List<String> tablesInOrder(Connection connection) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rows.next()) {
                if (!NOT_BACKED_UP.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        Map<String, Set<String>> references = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT c.conrelid::regclass::text, c.confrelid::regclass::text"
                     + " FROM pg_constraint c WHERE c.contype = 'f'")) {
            while (rows.next()) {
                references.computeIfAbsent(rows.getString(1), k -> new LinkedHashSet<>()).add(rows.getString(2));
            }
        }
        List<String> ordered = new ArrayList<>();
        for (String table : tables) {
            visit(table, tables, references, ordered, new LinkedHashSet<>());
        }
        return ordered;
    }

    private static void visit(String table, Set<String> tables, Map<String, Set<String>> references,
                              List<String> ordered, Set<String> path) {
        if (ordered.contains(table) || !tables.contains(table) || !path.add(table)) {
            return;
        }
        for (String referenced : references.getOrDefault(table, Set.of())) {
            visit(referenced, tables, references, ordered, path);
        }
        ordered.add(table);
    }

    private static void resetSequences(Connection connection) throws SQLException {
        List<String[]> serials = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                     + " WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'")) {
            while (rows.next()) {
                serials.add(new String[]{rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] serial : serials) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + serial[0] + "', '" + serial[1] + "'),"
                        + " coalesce((SELECT max(" + serial[1] + ") FROM " + serial[0] + "), 0) + 1, false)");
            }
        }
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
