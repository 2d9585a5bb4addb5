package com.slotledger.command.sitting;

import com.slotledger.api.sitting.ReferenceKind;
import com.slotledger.api.sitting.SlotCategory;
import com.slotledger.api.sitting.SlotEvents.SlotScheduled;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A slot fixture with the command-side lookups stubbed: every reference is live, every student enrolled. */
final class SlotFixtures {

    static final String SLOT = "slot-1";
    static final String SUPERVISOR = "sup-1";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant END = Instant.parse("2026-12-01T10:00:00Z");

    private SlotFixtures() {
    }

    static AggregateTestFixture<Slot> fixture() {
        AggregateTestFixture<Slot> fixture = new AggregateTestFixture<>(Slot.class);
        fixture.registerCommandTargetResolver(new com.slotledger.command.shared.TargetedCommandResolver());
        fixture.registerAnnotatedCommandHandler(new SlotDesk(fixture.getRepository(), new FreeRooms(), new AllLive(), new NoRoutes()));
        fixture.registerAnnotatedCommandHandler(new DetectionIntake(fixture.getRepository(), new EvidenceStore(null), 0.6));
        return fixture;
    }

    static SlotScheduled scheduled(SlotCategory category) {
        return scheduled(category, START, BERLIN);
    }

    static SlotScheduled scheduled(SlotCategory category, Instant start, ZoneId zone) {
        return new SlotScheduled(SLOT, "sem-1", "room-1", start, start.plusSeconds(7200), zone, category,
                List.of(SUPERVISOR), null, null, null, "op", start.minusSeconds(86400));
    }

    static final class FreeRooms extends SlotBookings {
        FreeRooms() {
            super(null);
        }

        @Override
        void book(String slotId, String semesterId, String roomId, Instant startsAt, Instant endsAt, ZoneId zone) {
        }

        @Override
        void move(String slotId, String semesterId, String roomId, Instant startsAt, Instant endsAt, ZoneId zone) {
        }

        @Override
        void release(String slotId) {
        }

        @Override
        public Optional<Booking> find(String slotId) {
            return Optional.of(new Booking(slotId, "sem-1", "room-1", START, END, BERLIN, true));
        }
    }

    static final class NoRoutes extends AttendanceRoutes {
        NoRoutes() {
            super(null);
        }

        @Override
        void record(String slotId, String studentId) {
        }
    }

    static final class AllLive extends FreeReferenceKeys {
        @Override
        public Optional<String> idOf(ReferenceKind kind, String naturalKey) {
            return naturalKey.startsWith("unenrolled") ? Optional.empty() : Optional.of("enrolment");
        }
    }
}
