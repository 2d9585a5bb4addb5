package com.slotledger.query.centre;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.query.centre.CentreViews.CentreView;
import com.slotledger.query.centre.CentreViews.Exam;
import com.slotledger.query.centre.CentreViews.Mark;
import com.slotledger.query.centre.CentreViews.Question;
import com.slotledger.query.centre.CentreViews.ResultDetail;
import com.slotledger.query.centre.CentreViews.ResultView;
import com.slotledger.query.shared.MinPosition;
import com.slotledger.query.shared.ReadYourWrites;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Centres, exams, questions and results as the projection holds them; centre staff see only their centre. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class CentreQueryController {


    private final CentreRepositories.Centres centres;
    private final CentreRepositories.Exams exams;
    private final CentreRepositories.Questions questions;
    private final CentreRepositories.Results results;
    private final ConnectionOperations<Connection> connections;
    private final ReadYourWrites readYourWrites;

    CentreQueryController(CentreRepositories.Centres centres, CentreRepositories.Exams exams,
                          CentreRepositories.Questions questions, CentreRepositories.Results results,
                          ConnectionOperations<Connection> connections, ReadYourWrites readYourWrites) {
        this.centres = centres;
        this.exams = exams;
        this.questions = questions;
        this.results = results;
        this.connections = connections;
        this.readYourWrites = readYourWrites;
    }

    @Get("/centres")
    @Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "LECTURER", "AUDITOR"})
    List<CentreView> centres(@Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header) {
        await(minPosition, header);
        return centres.all();
    }

    @Get("/exams")
    @Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "LECTURER", "AUDITOR"})
    List<Exam> exams(@Nullable @QueryValue @Pattern(regexp = "DRAFT|SCHEDULED|IN_PROGRESS|COMPLETED") String status,
                     @Nullable @QueryValue Boolean includeDeleted, @Nullable @QueryValue Long minPosition,
                     @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        return exams.search(actor.centreFilter(), status, Boolean.TRUE.equals(includeDeleted)).stream().map(Exam::of).toList();
    }

    @Get("/exams/{id}")
    @Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "LECTURER", "AUDITOR"})
    Exam exam(@PathVariable String id, @Nullable @QueryValue Long minPosition,
              @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        return exams.findById(id).filter(row -> actor.mayAccessCentre(row.centreId())).map(Exam::of)
                .orElseThrow(() -> new DomainRejection(ErrorCode.EXAM_NOT_FOUND, "No exam " + id + "."));
    }

    @Get("/questions")
    @Secured({"ADMIN", "DATA_OPERATOR", "LECTURER", "AUDITOR"})
    List<Question> questions(@Nullable @QueryValue @Size(max = 128) String subject,
                             @Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header,
                             Actor actor) {
        await(minPosition, header);
        return questions.search(actor.centreFilter(), subject).stream().map(Question::of).toList();
    }

    @Get("/questions/{id}")
    @Secured({"ADMIN", "DATA_OPERATOR", "LECTURER", "AUDITOR"})
    Question question(@PathVariable String id, @Nullable @QueryValue Long minPosition,
                      @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        return questions.findById(id).filter(row -> actor.mayAccessCentre(row.centreId())).map(Question::of)
                .orElseThrow(() -> new DomainRejection(ErrorCode.QUESTION_NOT_FOUND, "No question " + id + "."));
    }

    @Get("/results")
    @Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "LECTURER", "AUDITOR"})
    List<ResultView> results(@Nullable @QueryValue @Size(max = 64) String examId,
                             @Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header,
                             Actor actor) {
        await(minPosition, header);
        return results.search(actor.centreFilter(), examId);
    }

    @Get("/results/{id}")
    @Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "LECTURER", "AUDITOR"})
    ResultDetail result(@PathVariable String id, @Nullable @QueryValue Long minPosition,
                        @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        ResultView view = results.findById(id).filter(row -> actor.mayAccessCentre(row.centreId()))
                .orElseThrow(() -> new DomainRejection(ErrorCode.RESULT_NOT_FOUND, "No result " + id + "."));
        return new ResultDetail(view, marks(id));
    }

    /** The candidate's current photo as a content address; the bytes come from {@code GET /files/{hash}}. */
    @Get("/candidates/{id}/photo")
    @Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "AUDITOR"})
    CentreViews.Photo photo(@PathVariable String id, @Nullable @QueryValue Long minPosition,
                            @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("SELECT candidate_id, centre_id,"
                    + " file_hash, media_type, updated_at FROM candidate_photo_view WHERE candidate_id = ?")) {
                statement.setString(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next() && actor.mayAccessCentre(rows.getString(2))) {
                        return new CentreViews.Photo(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getObject(5, java.time.OffsetDateTime.class).toInstant());
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("reading the photo failed: " + e.getMessage(), e);
            }
            throw new DomainRejection(ErrorCode.FILE_NOT_FOUND, "Candidate " + id + " has no photo here.");
        });
    }

    private List<Mark> marks(String resultId) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT question_id, awarded, out_of FROM result_mark_view WHERE result_id = ? ORDER BY question_id")) {
                statement.setString(1, resultId);
                List<Mark> marks = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        marks.add(new Mark(rows.getString(1), rows.getInt(2), rows.getInt(3)));
                    }
                }
                return marks;
            } catch (SQLException e) {
                throw new IllegalStateException("reading marks failed: " + e.getMessage(), e);
            }
        });
    }

    private void await(Long minPosition, Long header) {
        readYourWrites.await(CentreProjection.NAME, MinPosition.of(minPosition, header));
    }
}
