package com.slotledger.command.sitting;

import com.slotledger.command.shared.CommandModule;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.function.Function;

/** The sitting feature on the command bus: reference records, slots, and the handlers beside them. */
@Singleton
class SittingCommandModule implements CommandModule {

    private final ReferenceRegistry references;
    private final SlotBookings bookings;
    private final AttendanceRoutes routes;
    private final EvidenceStore evidence;
    private final double minConfidence;

    SittingCommandModule(ReferenceRegistry references, SlotBookings bookings, AttendanceRoutes routes,
                         EvidenceStore evidence, @Value("${slotledger.sitting.min-confidence:0.6}") double minConfidence) {
        this.references = references;
        this.bookings = bookings;
        this.routes = routes;
        this.evidence = evidence;
        this.minConfidence = minConfidence;
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(ReferenceRecord.class, Slot.class);
    }

    @Override
    public List<Function<Repositories, Object>> handlers() {
        return List.of(
                r -> new ReferenceCatalogue(r.of(ReferenceRecord.class), references),
                r -> new SlotDesk(r.of(Slot.class), bookings, references, routes),
                r -> new DetectionIntake(r.of(Slot.class), evidence, minConfidence));
    }
}
