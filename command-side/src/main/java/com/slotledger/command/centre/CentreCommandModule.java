package com.slotledger.command.centre;

import com.slotledger.command.shared.CommandModule;
import com.slotledger.command.shared.HomeCentres;
import com.slotledger.command.shared.Jdbc;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.function.Function;

/** Multi-centre exam operations on the command bus: centres, exams, questions, results and their creation. */
@Singleton
class CentreCommandModule implements CommandModule {

    private final HomeCentres homes;
    private final Jdbc jdbc;

    CentreCommandModule(HomeCentres homes, Jdbc jdbc) {
        this.homes = homes;
        this.jdbc = jdbc;
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Centre.class, Exam.class, Question.class, Result.class, CandidatePhoto.class);
    }

    @Override
    public List<Function<Repositories, Object>> handlers() {
        return List.of(repositories -> new CentreCreations(repositories.of(Centre.class), repositories.of(Exam.class),
                repositories.of(Question.class), repositories.of(Result.class), repositories.of(CandidatePhoto.class),
                homes, jdbc));
    }
}
