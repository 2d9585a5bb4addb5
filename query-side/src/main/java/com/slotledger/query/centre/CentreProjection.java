package com.slotledger.query.centre;

import com.slotledger.api.centre.CentreEvents.CandidatePhotoAttached;
import com.slotledger.api.centre.CentreEvents.CentreRegistered;
import com.slotledger.api.centre.CentreEvents.EvaluatorAssigned;
import com.slotledger.api.centre.CentreEvents.ExamCompleted;
import com.slotledger.api.centre.CentreEvents.ExamCreated;
import com.slotledger.api.centre.CentreEvents.ExamDeleted;
import com.slotledger.api.centre.CentreEvents.ExamRescheduled;
import com.slotledger.api.centre.CentreEvents.ExamScheduled;
import com.slotledger.api.centre.CentreEvents.ExamStarted;
import com.slotledger.api.centre.CentreEvents.MarksRecorded;
import com.slotledger.api.centre.CentreEvents.QuestionCreated;
import com.slotledger.api.centre.CentreEvents.QuestionDeleted;
import com.slotledger.api.centre.CentreEvents.QuestionDocumentAttached;
import com.slotledger.api.centre.CentreEvents.ResultFinalized;
import com.slotledger.api.centre.CentreEvents.ResultModerated;
import com.slotledger.api.centre.CentreEvents.ResultPublished;
import com.slotledger.api.centre.ExamStatus;
import com.slotledger.api.centre.ResultStatus;
import com.slotledger.query.shared.Projection;
import com.slotledger.query.shared.ViewWrites;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;

import static com.slotledger.query.shared.ViewWrites.time;

/**
 * Keeps centre_view, exam_view, question_view, result_view and result_mark_view, for local and imported events
 * alike. Idempotent: inserts skip existing rows, updates set state; times come from the events, never the clock.
 */
@Singleton
public class CentreProjection implements Projection {

    public static final String NAME = "centre";
    public static final List<String> TABLES = List.of("centre_view", "exam_view", "question_view", "result_view",
            "result_mark_view", "candidate_photo_view");

    private final ViewWrites views;

    public CentreProjection(ConnectionOperations<Connection> connections) {
        this.views = new ViewWrites(connections, "the centre read models");
    }

    @Override
    public String projectionName() {
        return NAME;
    }

    @EventHandler
    void on(CentreRegistered e) {
        views.write("INSERT INTO centre_view (centre_id, code, name, zone, home_centre, registered_at) VALUES (?,?,?,?,?,?)"
                + " ON CONFLICT DO NOTHING", e.centreId(), e.code(), e.name(), e.zone(), e.homeCentre(), time(e.registeredAt()));
    }

    @EventHandler
    void on(ExamCreated e) {
        views.write("INSERT INTO exam_view (exam_id, centre_id, title, subjects, starts_at, zone, duration_minutes, status,"
                        + " deleted, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,false,?,?) ON CONFLICT DO NOTHING",
                e.examId(), e.centreId(), e.title(), String.join("\n", e.subjects()), time(e.startsAt()), e.zone(),
                e.durationMinutes(), ExamStatus.DRAFT.name(), time(e.createdAt()), time(e.createdAt()));
    }

    @EventHandler
    void on(ExamScheduled e) {
        examStatus(e.examId(), ExamStatus.SCHEDULED, e.at());
    }

    @EventHandler
    void on(ExamStarted e) {
        examStatus(e.examId(), ExamStatus.IN_PROGRESS, e.at());
    }

    @EventHandler
    void on(ExamCompleted e) {
        examStatus(e.examId(), ExamStatus.COMPLETED, e.at());
    }

    @EventHandler
    void on(ExamRescheduled e) {
        views.write("UPDATE exam_view SET starts_at = ?, zone = ?, duration_minutes = ?, updated_at = ? WHERE exam_id = ?",
                time(e.startsAt()), e.zone(), e.durationMinutes(), time(e.at()), e.examId());
    }

    @EventHandler
    void on(ExamDeleted e) {
        views.write("UPDATE exam_view SET deleted = true, updated_at = ? WHERE exam_id = ?", time(e.at()), e.examId());
    }

    @EventHandler
    void on(QuestionCreated e) {
        views.write("INSERT INTO question_view (question_id, centre_id, subject, type, text, options, answer_key, marks,"
                        + " difficulty, deleted, created_at) VALUES (?,?,?,?,?,?,?,?,?,false,?) ON CONFLICT DO NOTHING",
                e.questionId(), e.centreId(), e.subject(), e.type().name(), e.text(), String.join("\n", e.options()),
                e.answerKey(), e.marks(), e.difficulty().name(), time(e.createdAt()));
    }

    @EventHandler
    void on(QuestionDocumentAttached e) {
        views.write("UPDATE question_view SET document_hash = ?, document_type = ? WHERE question_id = ?",
                e.fileHash(), e.mediaType(), e.questionId());
    }

    @EventHandler
    void on(QuestionDeleted e) {
        views.write("UPDATE question_view SET deleted = true WHERE question_id = ?", e.questionId());
    }

    @EventHandler
    void on(CandidatePhotoAttached e) {
        views.write("INSERT INTO candidate_photo_view (candidate_id, centre_id, file_hash, media_type, updated_at)"
                        + " VALUES (?,?,?,?,?) ON CONFLICT (candidate_id) DO UPDATE SET file_hash = EXCLUDED.file_hash,"
                        + " media_type = EXCLUDED.media_type, updated_at = EXCLUDED.updated_at",
                e.candidateId(), e.centreId(), e.fileHash(), e.mediaType(), time(e.at()));
    }

    @EventHandler
    void on(EvaluatorAssigned e) {
        views.write("INSERT INTO result_view (result_id, exam_id, candidate_id, centre_id, evaluator_id, status, awarded,"
                        + " out_of, adjustment, updated_at) VALUES (?,?,?,?,?,?,0,0,0,?) ON CONFLICT DO NOTHING",
                e.resultId(), e.examId(), e.candidateId(), e.centreId(), e.evaluatorId(),
                ResultStatus.EVALUATING.name(), time(e.at()));
    }

    /** Re-marking a question replaces its marks; the sums are recomputed from the marks rows. */
    @EventHandler
    void on(MarksRecorded e) {
        views.write("INSERT INTO result_mark_view (result_id, question_id, awarded, out_of) VALUES (?,?,?,?)"
                        + " ON CONFLICT (result_id, question_id) DO UPDATE SET awarded = EXCLUDED.awarded, out_of = EXCLUDED.out_of",
                e.resultId(), e.questionId(), e.awarded(), e.outOf());
        views.write("UPDATE result_view SET awarded = m.awarded, out_of = m.out_of, updated_at = ? FROM (SELECT"
                        + " coalesce(sum(awarded), 0) AS awarded, coalesce(sum(out_of), 0) AS out_of FROM result_mark_view"
                        + " WHERE result_id = ?) m WHERE result_id = ?", time(e.at()), e.resultId(), e.resultId());
    }

    @EventHandler
    void on(ResultModerated e) {
        views.write("UPDATE result_view SET adjustment = ?, status = ?, updated_at = ? WHERE result_id = ?",
                e.adjustment(), ResultStatus.MODERATED.name(), time(e.at()), e.resultId());
    }

    @EventHandler
    void on(ResultFinalized e) {
        views.write("UPDATE result_view SET total = ?, out_of = ?, grade = ?, status = ?, updated_at = ? WHERE result_id = ?",
                e.total(), e.outOf(), e.grade(), ResultStatus.FINALIZED.name(), time(e.at()), e.resultId());
    }

    @EventHandler
    void on(ResultPublished e) {
        views.write("UPDATE result_view SET status = ?, updated_at = ? WHERE result_id = ?",
                ResultStatus.PUBLISHED.name(), time(e.at()), e.resultId());
    }

    @ResetHandler
    void reset() {
        views.clear(TABLES);
    }

    private void examStatus(String examId, ExamStatus status, Instant at) {
        views.write("UPDATE exam_view SET status = ?, updated_at = ? WHERE exam_id = ?", status.name(), time(at), examId);
    }


}
