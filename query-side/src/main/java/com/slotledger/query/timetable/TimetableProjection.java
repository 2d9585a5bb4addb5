package com.slotledger.query.timetable;

import com.slotledger.api.sitting.SlotEvents.SlotCancelled;
import com.slotledger.api.sitting.SlotEvents.SlotRescheduled;
import com.slotledger.api.sitting.SlotEvents.SlotScheduled;
import com.slotledger.api.timetable.TimetableEvents.CourseGroupCreated;
import com.slotledger.api.timetable.TimetableEvents.CourseGroupDeactivated;
import com.slotledger.api.timetable.TimetableEvents.SessionExceptionAdded;
import com.slotledger.api.timetable.TimetableEvents.SessionExceptionChanged;
import com.slotledger.api.timetable.TimetableEvents.SessionExceptionRemoved;
import com.slotledger.api.timetable.TimetableEvents.SessionsGenerated;
import com.slotledger.api.timetable.TimetableEvents.WeeklyScheduleChanged;
import com.slotledger.api.timetable.TimetableTypes.SessionOverride;
import com.slotledger.api.timetable.TimetableTypes.WeeklySchedule;
import com.slotledger.query.shared.Projection;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Keeps the course groups, the periods of their weekly schedules, their exceptions and every slot (sessions are the
 * slots whose source is a course group).
 * Rows are set from event data alone, so a replay rebuilds them as they were. One segment: a command appends to a
 * group and to its session slots in one transaction, and one position then reads all of it back.
 */
@Singleton
public class TimetableProjection implements Projection {

    public static final String NAME = "timetable";
    static final List<String> TABLES = List.of("timetable_group_view", "timetable_exception_view", "timetable_slot_view",
            "timetable_schedule_view");
    private static final String PERIOD = """
            INSERT INTO timetable_schedule_view (group_id, seq, schedule_day, start_time, end_time, room_id, zone,
                starts_on, ends_on, effective_at) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (group_id, seq) DO NOTHING""";
    private static final String PERIOD_ENDS = """
            UPDATE timetable_schedule_view SET ended_at = ? WHERE group_id = ? AND seq < ? AND ended_at IS NULL""";

    private final TimetableSql sql;

    TimetableProjection(TimetableSql sql) {
        this.sql = sql;
    }

    @Override
    public String projectionName() {
        return NAME;
    }

    @Override
    public int segments() {
        return 1;
    }

    /** The group's first schedule period starts at its creation ({@code seq}: the event's place in its stream). */
    @EventHandler
    void on(CourseGroupCreated e, @SequenceNumber long seq) {
        WeeklySchedule s = e.schedule();
        sql.write("""
                INSERT INTO timetable_group_view (group_id, name, semester_id, lecturer_id, schedule_day, start_time,
                    end_time, room_id, zone, starts_on, ends_on, active, created_by, created_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,TRUE,?,?) ON CONFLICT (group_id) DO NOTHING""",
                e.courseGroupId(), e.name(), e.semesterId(), e.lecturerId(), s.day(), s.startTime(), s.endTime(),
                s.roomId(), s.zone().getId(), s.startsOn(), s.endsOn(), e.by(), e.at());
        period(e.courseGroupId(), seq, s, e.at());
    }

    /** A change ends the current schedule period and starts the next. */
    @EventHandler
    void on(WeeklyScheduleChanged e, @SequenceNumber long seq) {
        WeeklySchedule s = e.schedule();
        sql.write("""
                UPDATE timetable_group_view SET schedule_day = ?, start_time = ?, end_time = ?, room_id = ?, zone = ?,
                    starts_on = ?, ends_on = ?, changed_by = ?, changed_at = ? WHERE group_id = ?""",
                s.day(), s.startTime(), s.endTime(), s.roomId(), s.zone().getId(), s.startsOn(), s.endsOn(), e.by(),
                e.at(), e.courseGroupId());
        sql.write(PERIOD_ENDS, e.at(), e.courseGroupId(), seq);
        period(e.courseGroupId(), seq, s, e.at());
    }

    @EventHandler
    void on(CourseGroupDeactivated e, @SequenceNumber long seq) {
        sql.write("""
                UPDATE timetable_group_view SET active = FALSE, deactivated_by = ?, deactivated_at = ?,
                    deactivation_reason = ? WHERE group_id = ?""", e.by(), e.at(), e.reason(), e.courseGroupId());
        sql.write(PERIOD_ENDS, e.at(), e.courseGroupId(), seq);
    }

    @EventHandler
    void on(SessionsGenerated e) {
        sql.write("UPDATE timetable_group_view SET generated_from = ?, generated_to = ?, generated_at = ? WHERE group_id = ?",
                e.from(), e.to(), e.at(), e.courseGroupId());
    }

    @EventHandler
    void on(SessionExceptionAdded e) {
        SessionOverride o = e.override();
        sql.write("""
                INSERT INTO timetable_exception_view (exception_id, group_id, exception_date, cancelled, room_id,
                    start_time, end_time, notes, created_by, created_at)
                VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (exception_id) DO NOTHING""",
                e.exceptionId(), e.courseGroupId(), e.date(), o.cancelled(), o.roomId(), o.startTime(), o.endTime(),
                o.notes(), e.by(), e.at());
    }

    @EventHandler
    void on(SessionExceptionChanged e) {
        SessionOverride o = e.override();
        sql.write("""
                UPDATE timetable_exception_view SET cancelled = ?, room_id = ?, start_time = ?, end_time = ?, notes = ?,
                    changed_by = ?, changed_at = ? WHERE exception_id = ?""",
                o.cancelled(), o.roomId(), o.startTime(), o.endTime(), o.notes(), e.by(), e.at(), e.exceptionId());
    }

    @EventHandler
    void on(SessionExceptionRemoved e) {
        sql.write("DELETE FROM timetable_exception_view WHERE exception_id = ?", e.exceptionId());
    }

    @EventHandler
    void on(SlotScheduled e) {
        sql.write("""
                INSERT INTO timetable_slot_view (slot_id, semester_id, room_id, starts_at, ends_at, zone, session_date,
                    category, lecturer_id, source_type, group_id, active, created_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,TRUE,?) ON CONFLICT (slot_id) DO NOTHING""",
                e.slotId(), e.semesterId(), e.roomId(), e.startsAt(), e.endsAt(), e.zone().getId(),
                localDate(e.startsAt(), e.zone()), e.category(), e.lecturerId(), e.sourceType(), e.sourceId(), e.at());
    }

    @EventHandler
    void on(SlotRescheduled e) {
        sql.write("""
                UPDATE timetable_slot_view SET room_id = ?, starts_at = ?, ends_at = ?, zone = ?, session_date = ?,
                    lecturer_id = ?, changed_at = ? WHERE slot_id = ?""",
                e.roomId(), e.startsAt(), e.endsAt(), e.zone().getId(), localDate(e.startsAt(), e.zone()),
                e.lecturerId(), e.at(), e.slotId());
    }

    @EventHandler
    void on(SlotCancelled e) {
        sql.write("UPDATE timetable_slot_view SET active = FALSE, cancel_reason = ?, changed_at = ? WHERE slot_id = ?",
                e.reason(), e.at(), e.slotId());
    }

    @ResetHandler
    void reset() {
        TABLES.forEach(table -> sql.write("DELETE FROM " + table));
    }

    private void period(String groupId, long seq, WeeklySchedule s, Instant at) {
        sql.write(PERIOD, groupId, seq, s.day(), s.startTime(), s.endTime(), s.roomId(), s.zone().getId(), s.startsOn(),
                s.endsOn(), at);
    }

    private static LocalDate localDate(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }
}
