package com.slotledger.api.centre;

import com.slotledger.api.shared.Revision;

import java.time.Instant;
import java.util.List;

/**
 * Published facts of multi-centre exam operations. Each creation event names the aggregate's home centre, the
 * only centre that may append to it; bundles carry these events between centres unchanged.
 */
public final class CentreEvents {

    private CentreEvents() {
    }

    @Revision("1")
    public record CentreRegistered(String centreId, String code, String name, String zone, String homeCentre,
                                   String registeredBy, Instant registeredAt) {
    }

    @Revision("1")
    public record ExamCreated(String examId, String centreId, String title, List<String> subjects, Instant startsAt,
                              String zone, int durationMinutes, String createdBy, Instant createdAt) {
    }

    @Revision("1")
    public record ExamScheduled(String examId, String by, Instant at) {
    }

    @Revision("1")
    public record ExamStarted(String examId, String by, Instant at) {
    }

    @Revision("1")
    public record ExamCompleted(String examId, String by, Instant at) {
    }

    @Revision("1")
    public record ExamRescheduled(String examId, Instant startsAt, String zone, int durationMinutes, String by,
                                  Instant at) {
    }

    @Revision("1")
    public record ExamDeleted(String examId, String by, Instant at) {
    }

    @Revision("1")
    public record QuestionCreated(String questionId, String centreId, String subject, QuestionType type, String text,
                                  List<String> options, String answerKey, int marks, Difficulty difficulty,
                                  String createdBy, Instant createdAt) {
    }

    /** The document itself travels as a content-addressed file; the event keeps its SHA-256. */
    @Revision("1")
    public record QuestionDocumentAttached(String questionId, String fileHash, String mediaType, String by,
                                           Instant at) {
    }

    @Revision("1")
    public record QuestionDeleted(String questionId, String by, Instant at) {
    }

    /** The candidate's photo is now this file (the first one, or a replacement). */
    @Revision("1")
    public record CandidatePhotoAttached(String candidateId, String centreId, String fileHash, String mediaType,
                                         String by, Instant at) {
    }

    @Revision("1")
    public record EvaluatorAssigned(String resultId, String examId, String candidateId, String centreId,
                                    String evaluatorId, String by, Instant at) {
    }

    @Revision("1")
    public record MarksRecorded(String resultId, String questionId, int awarded, int outOf, String by, Instant at) {
    }

    @Revision("1")
    public record ResultModerated(String resultId, int adjustment, String reason, String by, Instant at) {
    }

    @Revision("1")
    public record ResultFinalized(String resultId, int total, int outOf, String grade, String by, Instant at) {
    }

    @Revision("1")
    public record ResultPublished(String resultId, String by, Instant at) {
    }
}
