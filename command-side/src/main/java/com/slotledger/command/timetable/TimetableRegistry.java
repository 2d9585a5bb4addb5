package com.slotledger.command.timetable;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.shared.Jdbc;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The timetable's command-side lookups (course groups, exception routes, sessions), written in the command's
 * transaction. PostgreSQL decides names per semester, one exception per date and one live session per date.
 */
@Singleton
public class TimetableRegistry {

    private final Jdbc jdbc;
    private final ConnectionOperations<Connection> connections;

    public TimetableRegistry(Jdbc jdbc, ConnectionOperations<Connection> connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    /** A session's lookup row. */
    record SessionRow(String slotId, String groupId, LocalDate date, String kind, SessionState state, int ordinal) {
    }

    record ExceptionRoute(String exceptionId, String groupId, LocalDate date) {
    }

    void claimGroup(String groupId, String semesterId, String name) {
        jdbc.insertUnique("INSERT INTO timetable_course_group (group_id, semester_id, name) VALUES (?,?,?)",
                ErrorCode.COURSE_GROUP_NAME_TAKEN, "The semester already has a course group named '" + name + "'.",
                groupId, semesterId, name);
    }

    /**
     * Locks the group's row until the command commits: every command that changes a group's sessions takes it
     * first, so they run one after the other for that group, on any node.
     */
    void lock(String groupId) {
        boolean found = connections.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT 1 FROM timetable_course_group WHERE group_id = ? FOR UPDATE")) {
                statement.setString(1, groupId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("course group lock failed: " + e.getMessage(), e);
            }
        });
        if (!found) {
            throw notFound(groupId);
        }
    }

    void deactivate(String groupId) {
        jdbc.update("UPDATE timetable_course_group SET active = FALSE WHERE group_id = ?", groupId);
    }

    public List<String> activeGroups() {
        return strings("SELECT group_id FROM timetable_course_group WHERE active ORDER BY group_id");
    }

    public boolean exists(String groupId) {
        return !strings("SELECT group_id FROM timetable_course_group WHERE group_id = ?", groupId).isEmpty();
    }

    void claimException(String exceptionId, String groupId, LocalDate date) {
        jdbc.insertUnique("INSERT INTO timetable_exception (exception_id, group_id, exception_date) VALUES (?,?,?)",
                ErrorCode.EXCEPTION_EXISTS, "The group already has an exception on " + date + ".",
                exceptionId, groupId, Date.valueOf(date));
    }

    void releaseException(String exceptionId) {
        jdbc.update("DELETE FROM timetable_exception WHERE exception_id = ?", exceptionId);
    }

    public Optional<ExceptionRoute> exception(String exceptionId) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT exception_id, group_id, exception_date FROM timetable_exception WHERE exception_id = ?")) {
                statement.setString(1, exceptionId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(new ExceptionRoute(rows.getString(1), rows.getString(2),
                            rows.getDate(3).toLocalDate())) : Optional.empty();
                }
            }
        });
    }

    /** The newest generated session of each date in [from, to]. */
    List<SessionRow> generatedSessions(String groupId, LocalDate from, LocalDate to) {
        return sessions("""
                SELECT DISTINCT ON (session_date) * FROM timetable_session
                WHERE group_id = ? AND kind = 'GENERATED' AND session_date BETWEEN ? AND ?
                ORDER BY session_date, ordinal DESC""", groupId, Date.valueOf(from), Date.valueOf(to));
    }

    /** Every live session of the group from a date on (generated and one-off). */
    List<SessionRow> liveSessionsFrom(String groupId, LocalDate from) {
        return sessions("SELECT * FROM timetable_session WHERE group_id = ? AND state = 'LIVE' AND session_date >= ?"
                + " ORDER BY session_date, slot_id", groupId, Date.valueOf(from));
    }

    public Optional<SessionRow> session(String slotId) {
        return sessions("SELECT * FROM timetable_session WHERE slot_id = ?", slotId).stream().findFirst();
    }

    void recordSessions(String groupId, String kind, List<LocalDate> dates, List<Integer> ordinals, List<String> slotIds) {
        if (slotIds.isEmpty()) {
            return;
        }
        connections.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO timetable_session (slot_id, group_id, session_date, kind, state, ordinal)
                    SELECT s, ?, d, ?, 'LIVE', o FROM unnest(?::varchar[], ?::date[], ?::int[]) AS t(s, d, o)""")) {
                statement.setString(1, groupId);
                statement.setString(2, kind);
                statement.setArray(3, connection.createArrayOf("varchar", slotIds.toArray()));
                statement.setArray(4, connection.createArrayOf("date", dates.stream().map(Date::valueOf).toArray()));
                statement.setArray(5, connection.createArrayOf("int4", ordinals.toArray()));
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("session lookup write failed: " + e.getMessage(), e);
            }
        });
    }

    void changeState(Collection<String> slotIds, SessionState state) {
        if (slotIds.isEmpty()) {
            return;
        }
        connections.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE timetable_session SET state = ? WHERE slot_id = ANY(?)")) {
                statement.setString(1, state.name());
                statement.setArray(2, connection.createArrayOf("varchar", slotIds.toArray()));
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("session lookup write failed: " + e.getMessage(), e);
            }
        });
    }

    /** The global position of the newest event of any of these aggregates: a read-your-writes receipt. */
    public long lastPosition(Collection<String> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return 0;
        }
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT coalesce(max(globalindex), 0) FROM domainevententry WHERE aggregateidentifier = ANY(?)")) {
                statement.setArray(1, connection.createArrayOf("varchar", aggregateIds.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    static DomainRejection notFound(String groupId) {
        return new DomainRejection(ErrorCode.COURSE_GROUP_NOT_FOUND, "No course group " + groupId + ".");
    }

    private List<SessionRow> sessions(String sql, Object... params) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, params);
                List<SessionRow> sessions = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sessions.add(new SessionRow(rows.getString("slot_id"), rows.getString("group_id"),
                                rows.getDate("session_date").toLocalDate(), rows.getString("kind"),
                                SessionState.valueOf(rows.getString("state")), rows.getInt("ordinal")));
                    }
                }
                return sessions;
            }
        });
    }

    private List<String> strings(String sql, Object... params) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, params);
                List<String> values = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
                return values;
            }
        });
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
    }
}
