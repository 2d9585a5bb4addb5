package com.slotledger.command.timetable;

import com.slotledger.command.shared.CommandModule;
import com.slotledger.command.sitting.ReferenceRegistry;
import com.slotledger.command.sitting.Slot;
import com.slotledger.command.sitting.SlotBatch;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.List;
import java.util.function.Function;

/**
 * Course timetables on the command bus: the course group aggregate and its handlers. Sessions are the sitting's
 * slots, written through the sitting's {@link SlotBatch}, so one room rule holds for exams and lectures alike.
 */
@Singleton
class TimetableCommandModule implements CommandModule {

    private final TimetableRegistry registry;
    private final ReferenceRegistry references;
    private final ConnectionOperations<Connection> connections;

    TimetableCommandModule(TimetableRegistry registry, ReferenceRegistry references,
                           ConnectionOperations<Connection> connections) {
        this.registry = registry;
        this.references = references;
        this.connections = connections;
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(CourseGroup.class);
    }

    @Override
    public List<Function<Repositories, Object>> handlers() {
        return List.of(
                r -> new CourseGroupDesk(r.of(CourseGroup.class), registry, references, writer(r)),
                r -> new SessionGeneration(r.of(CourseGroup.class), registry, writer(r)));
    }

    private SessionWriter writer(Repositories r) {
        return new SessionWriter(new SlotBatch(r.of(Slot.class), references, connections), registry);
    }
}
