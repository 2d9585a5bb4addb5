package com.slotledger.query.sitting;

import com.slotledger.api.sitting.ReferenceEvents.ReferenceRetired;
import com.slotledger.api.sitting.ReferenceEvents.RoomDefined;
import com.slotledger.api.sitting.ReferenceEvents.RoomRevised;
import com.slotledger.api.sitting.ReferenceEvents.SemesterDefined;
import com.slotledger.api.sitting.ReferenceEvents.SemesterRevised;
import com.slotledger.api.sitting.ReferenceEvents.StaffMemberDefined;
import com.slotledger.api.sitting.ReferenceEvents.StaffMemberRevised;
import com.slotledger.api.sitting.ReferenceEvents.StudentEnrolled;
import com.slotledger.api.sitting.ReferenceEvents.StudentRegistered;
import com.slotledger.api.sitting.ReferenceEvents.StudentRevised;
import com.slotledger.api.sitting.ReferenceEvents.SubjectDefined;
import com.slotledger.api.sitting.ReferenceEvents.SubjectRevised;
import com.slotledger.query.shared.Projection;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.util.List;

/**
 * Keeps the reference views. Every write sets state from the event alone (upserts keyed by id), so handling an
 * event twice or replaying from the start gives the same rows.
 */
@Singleton
public class ReferenceProjection implements Projection {

    public static final String NAME = "sitting-reference";
    public static final List<String> TABLES = List.of("sitting_semester_view", "sitting_room_view",
            "sitting_subject_view", "sitting_student_view", "sitting_enrolment_view", "sitting_staff_view");

    private final SittingSql sql;

    public ReferenceProjection(SittingSql sql) {
        this.sql = sql;
    }

    @Override
    public String projectionName() {
        return NAME;
    }

    @EventHandler
    void on(SemesterDefined e) {
        sql.write("""
                INSERT INTO sitting_semester_view (semester_id, code, start_date, end_date, created_by, created_at)
                VALUES (?,?,?,?,?,?) ON CONFLICT (semester_id) DO NOTHING""",
                e.semesterId(), e.code(), e.startDate(), e.endDate(), e.by(), e.at());
    }

    @EventHandler
    void on(SemesterRevised e) {
        sql.write("UPDATE sitting_semester_view SET code = ?, start_date = ?, end_date = ?, updated_by = ?, updated_at = ? WHERE semester_id = ?",
                e.code(), e.startDate(), e.endDate(), e.by(), e.at(), e.semesterId());
    }

    @EventHandler
    void on(RoomDefined e) {
        sql.write("""
                INSERT INTO sitting_room_view (room_id, name, capacity, created_by, created_at)
                VALUES (?,?,?,?,?) ON CONFLICT (room_id) DO NOTHING""", e.roomId(), e.name(), e.capacity(), e.by(), e.at());
    }

    @EventHandler
    void on(RoomRevised e) {
        sql.write("UPDATE sitting_room_view SET name = ?, capacity = ?, updated_by = ?, updated_at = ? WHERE room_id = ?",
                e.name(), e.capacity(), e.by(), e.at(), e.roomId());
    }

    @EventHandler
    void on(SubjectDefined e) {
        sql.write("""
                INSERT INTO sitting_subject_view (subject_id, code, name, active, created_by, created_at)
                VALUES (?,?,?,?,?,?) ON CONFLICT (subject_id) DO NOTHING""",
                e.subjectId(), e.code(), e.name(), e.active(), e.by(), e.at());
    }

    @EventHandler
    void on(SubjectRevised e) {
        sql.write("UPDATE sitting_subject_view SET code = ?, name = ?, active = ?, updated_by = ?, updated_at = ? WHERE subject_id = ?",
                e.code(), e.name(), e.active(), e.by(), e.at(), e.subjectId());
    }

    @EventHandler
    void on(StudentRegistered e) {
        sql.write("""
                INSERT INTO sitting_student_view (student_id, roll_number, name, created_by, created_at)
                VALUES (?,?,?,?,?) ON CONFLICT (student_id) DO NOTHING""",
                e.studentId(), e.rollNumber(), e.name(), e.by(), e.at());
    }

    @EventHandler
    void on(StudentRevised e) {
        sql.write("UPDATE sitting_student_view SET roll_number = ?, name = ?, updated_by = ?, updated_at = ? WHERE student_id = ?",
                e.rollNumber(), e.name(), e.by(), e.at(), e.studentId());
    }

    @EventHandler
    void on(StudentEnrolled e) {
        sql.write("""
                INSERT INTO sitting_enrolment_view (enrolment_id, student_id, subject_id, semester_id, created_by, created_at)
                VALUES (?,?,?,?,?,?) ON CONFLICT (enrolment_id) DO NOTHING""",
                e.enrolmentId(), e.studentId(), e.subjectId(), e.semesterId(), e.by(), e.at());
    }

    @EventHandler
    void on(StaffMemberDefined e) {
        sql.write("""
                INSERT INTO sitting_staff_view (staff_id, name, staff_kind, created_by, created_at)
                VALUES (?,?,?,?,?) ON CONFLICT (staff_id) DO NOTHING""", e.staffId(), e.name(), e.staffKind(), e.by(), e.at());
    }

    @EventHandler
    void on(StaffMemberRevised e) {
        sql.write("UPDATE sitting_staff_view SET name = ?, staff_kind = ?, updated_by = ?, updated_at = ? WHERE staff_id = ?",
                e.name(), e.staffKind(), e.by(), e.at(), e.staffId());
    }

    @EventHandler
    void on(ReferenceRetired e) {
        String table = "sitting_" + e.kind().name().toLowerCase() + "_view";
        String key = e.kind().name().toLowerCase() + "_id";
        sql.write("UPDATE " + table + " SET retired_by = ?, retired_at = ? WHERE " + key + " = ?", e.by(), e.at(), e.id());
    }

    @ResetHandler
    void reset() {
        TABLES.forEach(table -> sql.write("DELETE FROM " + table));
    }
}
