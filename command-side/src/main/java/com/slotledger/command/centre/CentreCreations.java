package com.slotledger.command.centre;

import com.slotledger.api.centre.CentreCommands.AssignEvaluator;
import com.slotledger.api.centre.CentreCommands.AttachCandidatePhoto;
import com.slotledger.api.centre.CentreCommands.CreateExam;
import com.slotledger.api.centre.CentreCommands.CreateQuestion;
import com.slotledger.api.centre.CentreCommands.RegisterCentre;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.shared.HomeCentres;
import com.slotledger.command.shared.Jdbc;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Creates the feature's aggregates and records each one's home centre in the same transaction, so a bundle
 * export finds every event of a centre and nothing else.
 */
class CentreCreations {

    private final Repository<Centre> centres;
    private final Repository<Exam> exams;
    private final Repository<Question> questions;
    private final Repository<Result> results;
    private final Repository<CandidatePhoto> photos;
    private final HomeCentres homes;
    private final Jdbc jdbc;

    CentreCreations(Repository<Centre> centres, Repository<Exam> exams, Repository<Question> questions,
                    Repository<Result> results, Repository<CandidatePhoto> photos, HomeCentres homes, Jdbc jdbc) {
        this.centres = centres;
        this.exams = exams;
        this.questions = questions;
        this.results = results;
        this.photos = photos;
        this.homes = homes;
        this.jdbc = jdbc;
    }

    @CommandHandler
    String handle(RegisterCentre command) throws Exception {
        jdbc.insertUnique("INSERT INTO centre_code (code, centre_id) VALUES (?,?)", ErrorCode.CENTRE_CODE_TAKEN,
                "Centre code " + command.code() + " is already registered.", command.code(), command.centreId());
        homes.claim(command.centreId(), "centre", command.atCentre());
        centres.newInstance(() -> new Centre(command));
        return command.centreId();
    }

    @CommandHandler
    String handle(CreateExam command) throws Exception {
        homes.claim(command.examId(), "exam", command.atCentre());
        exams.newInstance(() -> new Exam(command));
        return command.examId();
    }

    @CommandHandler
    String handle(CreateQuestion command) throws Exception {
        homes.claim(command.questionId(), "question", command.atCentre());
        questions.newInstance(() -> new Question(command));
        return command.questionId();
    }

    /** The first photo creates the candidate's photo record here; later ones replace it (home centre only). */
    @CommandHandler
    String handle(AttachCandidatePhoto command) throws Exception {
        if (homes.of(command.targetId()).isPresent()) {
            photos.load(command.targetId()).execute(photo -> photo.replace(command));
        } else {
            homes.claim(command.targetId(), "candidate-photo", command.atCentre());
            photos.newInstance(() -> new CandidatePhoto(command));
        }
        return command.targetId();
    }

    @CommandHandler
    String handle(AssignEvaluator command) throws Exception {
        homes.claim(command.resultId(), "result", command.atCentre());
        results.newInstance(() -> new Result(command));
        return command.resultId();
    }
}
