package com.slotledger.api.centre;

import com.slotledger.api.shared.TargetedCommand;

import java.time.Instant;
import java.util.List;

/**
 * Commands of multi-centre exam operations. {@code atCentre} is the centre of the node that issues the command:
 * only an aggregate's home centre may change it. {@code by} is the acting user id, {@code at} the clock.
 */
public final class CentreCommands {

    private CentreCommands() {
    }

    public record RegisterCentre(String centreId, String code, String name, String zone, String atCentre, String by,
                                 Instant at) implements TargetedCommand {
        public String targetId() {
            return centreId;
        }
    }

    public record CreateExam(String examId, String title, List<String> subjects, Instant startsAt, String zone,
                             int durationMinutes, String atCentre, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return examId;
        }
    }

    public record AdvanceExam(String examId, ExamStatus to, String atCentre, String by, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return examId;
        }
    }

    /** Moves a draft or scheduled exam to another time or length. */
    public record RescheduleExam(String examId, Instant startsAt, String zone, int durationMinutes, String atCentre,
                                 String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return examId;
        }
    }

    public record DeleteExam(String examId, String atCentre, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return examId;
        }
    }

    public record CreateQuestion(String questionId, String subject, QuestionType type, String text,
                                 List<String> options, String answerKey, int marks, Difficulty difficulty,
                                 String atCentre, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return questionId;
        }
    }

    public record AttachQuestionDocument(String questionId, String fileHash, String mediaType, String atCentre,
                                         String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return questionId;
        }
    }

    public record DeleteQuestion(String questionId, String atCentre, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return questionId;
        }
    }

    /** Sets (or replaces) a candidate's photo, an uploaded image kept by its hash. */
    public record AttachCandidatePhoto(String candidateId, String fileHash, String mediaType, String atCentre,
                                       String by, Instant at) implements TargetedCommand {
        public static String photoId(String candidateId) {
            return "photo:" + candidateId;
        }

        public String targetId() {
            return photoId(candidateId);
        }
    }

    /** Opens a candidate's result for an exam and hands it to an evaluator. */
    public record AssignEvaluator(String resultId, String examId, String candidateId, String evaluatorId,
                                  String atCentre, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return resultId;
        }
    }

    /** {@code asEvaluator}: the caller marks as an evaluator (not as a supervisor), so must be the assigned one. */
    public record RecordMarks(String resultId, String questionId, int awarded, int outOf, boolean asEvaluator,
                              String atCentre, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return resultId;
        }
    }

    public record ModerateResult(String resultId, int adjustment, String reason, String atCentre, String by,
                                 Instant at) implements TargetedCommand {
        public String targetId() {
            return resultId;
        }
    }

    public record FinalizeResult(String resultId, String atCentre, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return resultId;
        }
    }

    public record PublishResult(String resultId, String atCentre, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return resultId;
        }
    }
}
