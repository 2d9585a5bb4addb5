package com.slotledger.command.recognition;

import com.slotledger.command.shared.CommandModule;
import com.slotledger.command.sitting.ReferenceKeys;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.function.Function;

/** Face enrolment and recognition runs' records on the command bus; the recognition module sends these commands, it never loads the aggregate. */
@Singleton
class RecognitionCommandModule implements CommandModule {

    private final ReferenceKeys references;

    RecognitionCommandModule(ReferenceKeys references) {
        this.references = references;
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(StudentFaces.class, RecognitionRunLog.class);
    }

    @Override
    public List<Function<Repositories, Object>> handlers() {
        return List.of(r -> new RecognitionDesk(r.of(StudentFaces.class), r.of(RecognitionRunLog.class), references));
    }
}
