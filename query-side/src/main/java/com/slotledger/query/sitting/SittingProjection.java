package com.slotledger.query.sitting;

import com.slotledger.api.sitting.AttendanceEvents.AttendanceMarked;
import com.slotledger.api.sitting.AttendanceEvents.AttendanceOpened;
import com.slotledger.api.sitting.AttendanceEvents.AttendanceReviewChanged;
import com.slotledger.api.sitting.AttendanceEvents.DetectionAccepted;
import com.slotledger.api.sitting.AttendanceEvents.DetectionRejected;
import com.slotledger.api.sitting.AttendanceEvents.SessionStarted;
import com.slotledger.api.sitting.AttendanceEvents.SessionStopped;
import com.slotledger.api.sitting.AttendanceMethod;
import com.slotledger.api.sitting.SlotEvents.ParticipantAdded;
import com.slotledger.api.sitting.SlotEvents.ParticipantReenrolled;
import com.slotledger.api.sitting.SlotEvents.ParticipantWithdrawn;
import com.slotledger.api.sitting.SlotEvents.SlotCancelled;
import com.slotledger.api.sitting.SlotEvents.SlotRescheduled;
import com.slotledger.api.sitting.SlotEvents.SlotScheduled;
import com.slotledger.api.sitting.SlotEvents.SlotSubjectAssigned;
import com.slotledger.api.sitting.SlotEvents.SlotSubjectRemoved;
import com.slotledger.query.shared.Projection;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.ReplayStatus;

import java.util.List;

/**
 * Keeps the slot, subject, participant, attendance and detection views. Each row is written only from its own
 * slot's events (which arrive in order in one segment) and only from event data, so a replay rebuilds the same
 * rows. Attendance changes also go to the live feed, except during a replay.
 */
@Singleton
public class SittingProjection implements Projection {

    public static final String NAME = "sitting";
    public static final List<String> TABLES = List.of("sitting_slot_view", "sitting_slot_subject_view",
            "sitting_participant_view", "sitting_attendance_view", "sitting_detection_view");

    private final SittingSql sql;
    private final AttendanceFeed feed;

    public SittingProjection(SittingSql sql, AttendanceFeed feed) {
        this.sql = sql;
        this.feed = feed;
    }

    @Override
    public String projectionName() {
        return NAME;
    }

    @EventHandler
    void on(SlotScheduled e) {
        sql.write("""
                INSERT INTO sitting_slot_view (slot_id, semester_id, room_id, starts_at, ends_at, zone, category,
                    supervisor_ids, lecturer_id, source_type, source_id, active, created_by, created_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,TRUE,?,?) ON CONFLICT (slot_id) DO NOTHING""",
                e.slotId(), e.semesterId(), e.roomId(), e.startsAt(), e.endsAt(), e.zone().getId(), e.category(),
                e.supervisorIds(), e.lecturerId(), e.sourceType(), e.sourceId(), e.by(), e.at());
    }

    @EventHandler
    void on(SlotRescheduled e) {
        sql.write("""
                UPDATE sitting_slot_view SET room_id = ?, starts_at = ?, ends_at = ?, zone = ?, supervisor_ids = ?,
                    lecturer_id = ?, updated_by = ?, updated_at = ? WHERE slot_id = ?""",
                e.roomId(), e.startsAt(), e.endsAt(), e.zone().getId(), e.supervisorIds(), e.lecturerId(), e.by(), e.at(),
                e.slotId());
    }

    @EventHandler
    void on(SlotCancelled e) {
        sql.write("""
                UPDATE sitting_slot_view SET active = FALSE, session_running = FALSE, cancelled_by = ?, cancelled_at = ?,
                    cancel_reason = ? WHERE slot_id = ?""", e.by(), e.at(), e.reason(), e.slotId());
    }

    @EventHandler
    void on(SlotSubjectAssigned e) {
        sql.write("""
                INSERT INTO sitting_slot_subject_view (slot_id, subject_id, active, assigned_by, assigned_at)
                VALUES (?,?,TRUE,?,?) ON CONFLICT (slot_id, subject_id)
                DO UPDATE SET active = TRUE, assigned_by = EXCLUDED.assigned_by, assigned_at = EXCLUDED.assigned_at,
                    removed_by = NULL, removed_at = NULL""", e.slotId(), e.subjectId(), e.by(), e.at());
    }

    @EventHandler
    void on(SlotSubjectRemoved e) {
        sql.write("UPDATE sitting_slot_subject_view SET active = FALSE, removed_by = ?, removed_at = ? WHERE slot_id = ? AND subject_id = ?",
                e.by(), e.at(), e.slotId(), e.subjectId());
    }

    @EventHandler
    void on(ParticipantAdded e) {
        sql.write("""
                INSERT INTO sitting_participant_view (participant_id, slot_id, subject_id, student_id, enrolled, added_by, added_at)
                VALUES (?,?,?,?,TRUE,?,?) ON CONFLICT (participant_id) DO NOTHING""",
                e.participantId(), e.slotId(), e.subjectId(), e.studentId(), e.by(), e.at());
    }

    @EventHandler
    void on(ParticipantWithdrawn e) {
        sql.write("""
                UPDATE sitting_participant_view SET enrolled = FALSE, withdrawn_by = ?, withdrawn_at = ?, changed_by = ?,
                    changed_at = ? WHERE participant_id = ?""", e.by(), e.at(), e.by(), e.at(), e.participantId());
    }

    @EventHandler
    void on(ParticipantReenrolled e) {
        sql.write("UPDATE sitting_participant_view SET enrolled = TRUE, changed_by = ?, changed_at = ? WHERE participant_id = ?",
                e.by(), e.at(), e.participantId());
    }

    @EventHandler
    void on(AttendanceOpened e, ReplayStatus replay) {
        sql.write("""
                INSERT INTO sitting_attendance_view (attendance_id, slot_id, student_id, status, needs_review, opened_at)
                VALUES (?,?,?,'NOT_YET',FALSE,?) ON CONFLICT (attendance_id) DO NOTHING""",
                e.attendanceId(), e.slotId(), e.studentId(), e.at());
        publish(e.slotId(), e.attendanceId(), replay);
    }

    @EventHandler
    void on(AttendanceMarked e, ReplayStatus replay) {
        sql.write("""
                UPDATE sitting_attendance_view SET status = ?, method = ?, marked_by = ?, marked_at = ?,
                    remark = CASE WHEN ? THEN CAST(? AS TEXT) ELSE remark END WHERE attendance_id = ?""",
                e.status(), e.method(), e.by(), e.at(), e.method() == AttendanceMethod.MANUAL, e.remark(), e.attendanceId());
        publish(e.slotId(), e.attendanceId(), replay);
    }

    @EventHandler
    void on(AttendanceReviewChanged e, ReplayStatus replay) {
        sql.write("UPDATE sitting_attendance_view SET needs_review = ?, review_reason = ? WHERE attendance_id = ?",
                e.needsReview(), e.reason(), e.attendanceId());
        publish(e.slotId(), e.attendanceId(), replay);
    }

    @EventHandler
    void on(SessionStarted e) {
        sql.write("UPDATE sitting_slot_view SET session_running = TRUE, session_mode = ?, session_started_at = ? WHERE slot_id = ?",
                e.mode(), e.at(), e.slotId());
    }

    @EventHandler
    void on(SessionStopped e) {
        sql.write("UPDATE sitting_slot_view SET session_running = FALSE, finalized = TRUE, session_stopped_at = ? WHERE slot_id = ?",
                e.at(), e.slotId());
    }

    @EventHandler
    void on(DetectionAccepted e, EventMessage<?> message, ReplayStatus replay) {
        sql.write("""
                INSERT INTO sitting_detection_view (detection_id, slot_id, student_id, accepted, confidence, captured_at,
                    mode, frame_hash, evidence_hash, recorded_by, recorded_at)
                VALUES (?,?,?,TRUE,?,?,?,?,?,?,?) ON CONFLICT (detection_id) DO NOTHING""",
                message.getIdentifier(), e.slotId(), e.studentId(), e.confidence(), e.capturedAt(), e.mode(), e.frameHash(),
                e.evidenceHash(), e.by(), e.at());
        sql.write("""
                UPDATE sitting_attendance_view SET confidence = ?, detected_at = ?,
                    evidence_hash = COALESCE(CAST(? AS TEXT), evidence_hash),
                    evidence_media_type = COALESCE(CAST(? AS TEXT), evidence_media_type)
                WHERE attendance_id = ?""",
                e.confidence(), e.capturedAt(), e.evidenceHash(), e.evidenceMediaType(), e.attendanceId());
        publish(e.slotId(), e.attendanceId(), replay);
    }

    @EventHandler
    void on(DetectionRejected e, EventMessage<?> message) {
        sql.write("""
                INSERT INTO sitting_detection_view (detection_id, slot_id, student_id, accepted, reason, confidence,
                    captured_at, mode, frame_hash, evidence_hash, recorded_by, recorded_at)
                VALUES (?,?,?,FALSE,?,?,?,?,?,?,?,?) ON CONFLICT (detection_id) DO NOTHING""",
                message.getIdentifier(), e.slotId(), e.studentId(), e.reason(), e.confidence(), e.capturedAt(), e.mode(),
                e.frameHash(), e.evidenceHash(), e.by(), e.at());
    }

    @ResetHandler
    void reset() {
        TABLES.forEach(table -> sql.write("DELETE FROM " + table));
    }

    private void publish(String slotId, String attendanceId, ReplayStatus replay) {
        if (!replay.isReplay()) {
            feed.changed(slotId, attendanceId);
        }
    }
}
