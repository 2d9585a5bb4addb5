package com.slotledger.query.centre;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Rows of the centre read models, as micronaut-data maps them, and the shapes the API answers with. */
public final class CentreViews {

    private CentreViews() {
    }

    @MappedEntity("centre_view")
    public record CentreView(@Id String centreId, String code, String name, String zone, String homeCentre,
                             Instant registeredAt) {
    }

    @MappedEntity("exam_view")
    public record ExamRow(@Id String examId, String centreId, String title, String subjects, Instant startsAt,
                          String zone, int durationMinutes, String status, boolean deleted, Instant createdAt,
                          Instant updatedAt) {
    }

    @MappedEntity("question_view")
    public record QuestionRow(@Id String questionId, String centreId, String subject, String type, String text,
                              String options, @Nullable String answerKey, int marks, String difficulty,
                              @Nullable String documentHash, @Nullable String documentType, boolean deleted,
                              Instant createdAt) {
    }

    @MappedEntity("result_view")
    public record ResultView(@Id String resultId, String examId, String candidateId, String centreId,
                             String evaluatorId, String status, int awarded, int outOf, int adjustment,
                             @Nullable Integer total, @Nullable String grade, Instant updatedAt) {
    }

    @Introspected
    public record Photo(String candidateId, String centreId, String fileHash, String mediaType, Instant updatedAt) {
    }

    @Introspected
    public record Exam(String examId, String centreId, String title, List<String> subjects, Instant startsAt,
                       String zone, int durationMinutes, String status, boolean deleted) {
        static Exam of(ExamRow row) {
            return new Exam(row.examId(), row.centreId(), row.title(), lines(row.subjects()), row.startsAt(),
                    row.zone(), row.durationMinutes(), row.status(), row.deleted());
        }
    }

    @Introspected
    public record Question(String questionId, String centreId, String subject, String type, String text,
                           List<String> options, @Nullable String answerKey, int marks, String difficulty,
                           @Nullable String documentHash, @Nullable String documentType, boolean deleted) {
        static Question of(QuestionRow row) {
            return new Question(row.questionId(), row.centreId(), row.subject(), row.type(), row.text(),
                    lines(row.options()), row.answerKey(), row.marks(), row.difficulty(), row.documentHash(),
                    row.documentType(), row.deleted());
        }
    }

    @Introspected
    public record Mark(String questionId, int awarded, int outOf) {
    }

    @Introspected
    public record ResultDetail(ResultView result, List<Mark> marks) {
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
