package com.slotledger.query.centre;

import com.slotledger.query.centre.CentreViews.CentreView;
import com.slotledger.query.centre.CentreViews.ExamRow;
import com.slotledger.query.centre.CentreViews.QuestionRow;
import com.slotledger.query.centre.CentreViews.ResultView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Reads of the centre read models; a null centre means every centre (HQ staff, auditors). */
public final class CentreRepositories {

    private CentreRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Centres extends GenericRepository<CentreView, String> {
        @Query("SELECT * FROM centre_view ORDER BY code")
        List<CentreView> all();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Exams extends GenericRepository<ExamRow, String> {
        Optional<ExamRow> findById(String examId);

        @Query("""
                SELECT * FROM exam_view
                WHERE (CAST(:centreId AS TEXT) IS NULL OR centre_id = :centreId)
                  AND (CAST(:status AS TEXT) IS NULL OR status = :status)
                  AND (:includeDeleted OR NOT deleted)
                ORDER BY starts_at, exam_id""")
        List<ExamRow> search(@Nullable String centreId, @Nullable String status, boolean includeDeleted);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Questions extends GenericRepository<QuestionRow, String> {
        Optional<QuestionRow> findById(String questionId);

        @Query("""
                SELECT * FROM question_view
                WHERE (CAST(:centreId AS TEXT) IS NULL OR centre_id = :centreId)
                  AND (CAST(:subject AS TEXT) IS NULL OR subject = :subject)
                  AND NOT deleted
                ORDER BY subject, created_at, question_id""")
        List<QuestionRow> search(@Nullable String centreId, @Nullable String subject);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Results extends GenericRepository<ResultView, String> {
        Optional<ResultView> findById(String resultId);

        @Query("""
                SELECT * FROM result_view
                WHERE (CAST(:centreId AS TEXT) IS NULL OR centre_id = :centreId)
                  AND (CAST(:examId AS TEXT) IS NULL OR exam_id = :examId)
                ORDER BY exam_id, candidate_id, result_id""")
        List<ResultView> search(@Nullable String centreId, @Nullable String examId);
    }
}
