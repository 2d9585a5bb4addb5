package com.slotledger.query.timetable;

import com.slotledger.api.timetable.TimetableTypes;
import com.slotledger.query.timetable.TimetableViews.CourseGroupView;
import com.slotledger.query.timetable.TimetableViews.ExceptionView;
import com.slotledger.query.timetable.TimetableViews.RoomEntry;
import com.slotledger.query.timetable.TimetableCalendar.SchedulePeriod;
import com.slotledger.query.timetable.TimetableViews.SessionView;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.slotledger.query.timetable.TimetableSql.date;
import static com.slotledger.query.timetable.TimetableSql.instant;
import static com.slotledger.query.timetable.TimetableSql.time;

/** The timetable's queries, each filtered by the reader's scope in SQL. */
@Singleton
class TimetableReads {

    static final int MAX_ROWS = 5000;

    private static final String SESSIONS = """
            SELECT s.*, g.name AS group_name, e.exception_id, e.cancelled AS exception_cancelled
            FROM timetable_slot_view s
            JOIN timetable_group_view g ON g.group_id = s.group_id
            LEFT JOIN timetable_exception_view e ON e.group_id = s.group_id AND e.exception_date = s.session_date
            WHERE s.source_type IN ('%s', '%s')
            """.formatted(TimetableTypes.GENERATED_SOURCE, TimetableTypes.ONE_OFF_SOURCE);

    private final TimetableSql sql;

    TimetableReads(TimetableSql sql) {
        this.sql = sql;
    }

    /** A filter on sessions; null fields do not filter. Dates are the sessions' local dates. */
    record SessionFilter(LocalDate from, LocalDate to, String roomId, String courseGroupId, boolean includeCancelled) {
    }

    List<CourseGroupView> groups(Boolean active, String semesterId, TimetableScope scope) {
        return sql.rows(TimetableReads::group, """
                SELECT * FROM timetable_group_view g
                WHERE (CAST(? AS BOOLEAN) IS NULL OR g.active = ?)
                  AND (CAST(? AS TEXT) IS NULL OR g.semester_id = ?)
                  AND (CAST(? AS TEXT) IS NULL OR g.lecturer_id = ?)
                ORDER BY g.name, g.group_id LIMIT %d""".formatted(MAX_ROWS),
                active, active, semesterId, semesterId, scope.lecturerId(), scope.lecturerId());
    }

    Optional<CourseGroupView> group(String groupId) {
        return sql.rows(TimetableReads::group, "SELECT * FROM timetable_group_view WHERE group_id = ?", groupId)
                .stream().findFirst();
    }

    List<ExceptionView> exceptions(String groupId, LocalDate from, LocalDate to, TimetableScope scope) {
        return sql.rows(TimetableReads::exception, """
                SELECT e.* FROM timetable_exception_view e JOIN timetable_group_view g ON g.group_id = e.group_id
                WHERE (CAST(? AS TEXT) IS NULL OR e.group_id = ?)
                  AND (CAST(? AS DATE) IS NULL OR e.exception_date >= ?)
                  AND (CAST(? AS DATE) IS NULL OR e.exception_date <= ?)
                  AND (CAST(? AS TEXT) IS NULL OR g.lecturer_id = ?)
                ORDER BY e.exception_date, e.group_id LIMIT %d""".formatted(MAX_ROWS),
                groupId, groupId, from, from, to, to, scope.lecturerId(), scope.lecturerId());
    }

    Optional<ExceptionView> exception(String exceptionId) {
        return sql.rows(TimetableReads::exception, "SELECT * FROM timetable_exception_view WHERE exception_id = ?",
                exceptionId).stream().findFirst();
    }

    List<SessionView> sessions(SessionFilter f, TimetableScope scope) {
        return sql.rows(TimetableReads::session, SESSIONS + """
                  AND (CAST(? AS DATE) IS NULL OR s.session_date >= ?)
                  AND (CAST(? AS DATE) IS NULL OR s.session_date <= ?)
                  AND (CAST(? AS TEXT) IS NULL OR s.room_id = ?)
                  AND (CAST(? AS TEXT) IS NULL OR s.group_id = ?)
                  AND (? OR s.active)
                  AND (CAST(? AS TEXT) IS NULL OR g.lecturer_id = ?)
                ORDER BY s.starts_at, s.slot_id LIMIT %d""".formatted(MAX_ROWS),
                f.from(), f.from(), f.to(), f.to(), f.roomId(), f.roomId(), f.courseGroupId(), f.courseGroupId(),
                f.includeCancelled(), scope.lecturerId(), scope.lecturerId());
    }

    Optional<SessionView> session(String sessionId) {
        return sql.rows(TimetableReads::session, SESSIONS + " AND s.slot_id = ?", sessionId).stream().findFirst();
    }

    /**
     * Live sessions on the date that is today in each session's own zone. Every zone's today lies within a day of
     * the UTC date; Java's zone rules decide which (PostgreSQL reads offset ids like "UTC+2" the POSIX way round).
     */
    List<SessionView> today(Instant now, TimetableScope scope) {
        LocalDate utc = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return sql.rows(TimetableReads::session, SESSIONS + """
                  AND s.active AND s.session_date BETWEEN ? AND ?
                  AND (CAST(? AS TEXT) IS NULL OR g.lecturer_id = ?)
                ORDER BY s.starts_at, s.slot_id""", utc.minusDays(1), utc.plusDays(1), scope.lecturerId(),
                scope.lecturerId()).stream()
                .filter(session -> session.date().equals(LocalDate.ofInstant(now, ZoneId.of(session.zone()))))
                .toList();
    }

    /** The schedule periods of these groups, by group, each group's in order. */
    Map<String, List<SchedulePeriod>> periods(Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return sql.rows(row -> new SchedulePeriod(row.getString("group_id"), row.getLong("seq"),
                        DayOfWeek.valueOf(row.getString("schedule_day")), time(row, "start_time"), time(row, "end_time"),
                        row.getString("room_id"), ZoneId.of(row.getString("zone")), date(row, "starts_on"),
                        date(row, "ends_on"), instant(row, "effective_at"), instant(row, "ended_at")), """
                SELECT * FROM timetable_schedule_view WHERE group_id = ANY(?) ORDER BY group_id, seq""",
                (Object) groupIds.toArray(String[]::new)).stream()
                .collect(Collectors.groupingBy(SchedulePeriod::groupId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The live generated sessions of each group from its date on. */
    List<SessionView> liveGeneratedSessions(Map<String, LocalDate> fromByGroup) {
        if (fromByGroup.isEmpty()) {
            return List.of();
        }
        List<String> groups = List.copyOf(fromByGroup.keySet());
        return sql.rows(TimetableReads::session, SESSIONS + """
                  AND s.source_type = '%s' AND s.active
                  AND EXISTS (SELECT 1 FROM unnest(?::varchar[], ?::date[]) AS c(g, f)
                              WHERE c.g = s.group_id AND s.session_date >= c.f)
                ORDER BY s.starts_at, s.slot_id LIMIT %d""".formatted(TimetableTypes.GENERATED_SOURCE, MAX_ROWS),
                groups.toArray(String[]::new), groups.stream().map(fromByGroup::get).toArray(LocalDate[]::new));
    }

    /** Every live slot holding the room in [from, to] (local dates), sessions and exams alike. */
    List<RoomEntry> room(String roomId, LocalDate from, LocalDate to) {
        return sql.rows(row -> new RoomEntry(row.getString("slot_id"), row.getString("category"),
                        row.getString("group_name") == null ? null : row.getString("group_id"),
                        row.getString("group_name"), date(row, "session_date"), instant(row, "starts_at"),
                        instant(row, "ends_at"), row.getString("zone")), """
                SELECT s.*, g.name AS group_name FROM timetable_slot_view s
                LEFT JOIN timetable_group_view g ON g.group_id = s.group_id AND s.source_type IN ('%s', '%s')
                WHERE s.room_id = ? AND s.active AND s.session_date BETWEEN ? AND ?
                ORDER BY s.starts_at, s.slot_id LIMIT %d""".formatted(TimetableTypes.GENERATED_SOURCE,
                        TimetableTypes.ONE_OFF_SOURCE, MAX_ROWS), roomId, from, to);
    }

    private static CourseGroupView group(ResultSet row) throws SQLException {
        return new CourseGroupView(row.getString("group_id"), row.getString("name"), row.getString("semester_id"),
                row.getString("lecturer_id"), row.getString("schedule_day"), time(row, "start_time"),
                time(row, "end_time"), row.getString("room_id"), row.getString("zone"), date(row, "starts_on"),
                date(row, "ends_on"), row.getBoolean("active"), row.getString("created_by"), instant(row, "created_at"),
                instant(row, "changed_at"), instant(row, "deactivated_at"), row.getString("deactivation_reason"),
                date(row, "generated_from"), date(row, "generated_to"), instant(row, "generated_at"));
    }

    private static ExceptionView exception(ResultSet row) throws SQLException {
        return new ExceptionView(row.getString("exception_id"), row.getString("group_id"),
                date(row, "exception_date"), row.getBoolean("cancelled"), row.getString("room_id"),
                time(row, "start_time"), time(row, "end_time"), row.getString("notes"), row.getString("created_by"),
                instant(row, "created_at"), row.getString("changed_by"), instant(row, "changed_at"));
    }

    private static SessionView session(ResultSet row) throws SQLException {
        ZoneId zone = ZoneId.of(row.getString("zone"));
        Instant startsAt = instant(row, "starts_at");
        Instant endsAt = instant(row, "ends_at");
        boolean generated = TimetableTypes.GENERATED_SOURCE.equals(row.getString("source_type"));
        String exceptionId = generated ? row.getString("exception_id") : null;
        boolean overridden = exceptionId != null && !row.getBoolean("exception_cancelled");
        return new SessionView(row.getString("slot_id"), row.getString("group_id"), row.getString("group_name"),
                generated ? "GENERATED" : "ONE_OFF", date(row, "session_date"), row.getString("room_id"), startsAt,
                endsAt, zone.getId(), startsAt.atZone(zone).toLocalTime(), endsAt.atZone(zone).toLocalTime(),
                row.getString("lecturer_id"), row.getBoolean("active"), row.getString("cancel_reason"), overridden,
                exceptionId);
    }
}
