package com.slotledger.command.timetable;

import com.slotledger.api.sitting.ReferenceKind;
import com.slotledger.api.sitting.SlotCommands.CancelSlot;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import com.slotledger.api.timetable.TimetableEvents.CourseGroupCreated;
import com.slotledger.api.timetable.TimetableTypes.WeeklySchedule;
import com.slotledger.command.shared.TargetedCommandResolver;
import com.slotledger.command.sitting.FreeReferenceKeys;
import com.slotledger.command.sitting.SlotBookings.Booking;
import com.slotledger.command.timetable.TimetableRegistry.SessionRow;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course group fixture with the lookups in memory: every reference is live except "retired-*", the registry
 * holds nothing, and the session writer records the plans it is given instead of writing slots.
 */
final class TimetableFixtures {

    static final String GROUP = "cg-1";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2027-03-01T06:00:00Z");
    static final WeeklySchedule MONDAYS = new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
            "room-1", BERLIN, null, LocalDate.of(2027, 6, 30));

    private TimetableFixtures() {
    }

    static CourseGroupCreated created() {
        return new CourseGroupCreated(GROUP, "Algebra A", "sem-1", "lec-1", MONDAYS, "op", NOW.minusSeconds(86400));
    }

    static final class World {
        final AggregateTestFixture<CourseGroup> fixture = new AggregateTestFixture<>(CourseGroup.class);
        final Registry registry = new Registry();
        final Writer sessions = new Writer(registry);

        World() {
            fixture.registerCommandTargetResolver(new TargetedCommandResolver());
            fixture.registerAnnotatedCommandHandler(new CourseGroupDesk(fixture.getRepository(), registry, new AllLive(), sessions));
            fixture.registerAnnotatedCommandHandler(new SessionGeneration(fixture.getRepository(), registry, sessions));
        }
    }

    /** Session rows by slot id; the lock and claims always succeed. */
    static final class Registry extends TimetableRegistry {
        final Map<String, SessionRow> rows = new HashMap<>();

        Registry() {
            super(null, null);
        }

        @Override
        void claimGroup(String groupId, String semesterId, String name) {
        }

        @Override
        void lock(String groupId) {
        }

        @Override
        void deactivate(String groupId) {
        }

        @Override
        void claimException(String exceptionId, String groupId, LocalDate date) {
        }

        @Override
        void releaseException(String exceptionId) {
        }

        @Override
        public Optional<SessionRow> session(String slotId) {
            return Optional.ofNullable(rows.get(slotId));
        }

        @Override
        List<SessionRow> liveSessionsFrom(String groupId, LocalDate from) {
            return rows.values().stream().filter(r -> r.state() == SessionState.LIVE && !r.date().isBefore(from)).toList();
        }

        @Override
        void changeState(Collection<String> slotIds, SessionState state) {
            slotIds.forEach(id -> rows.computeIfPresent(id, (k, r) -> new SessionRow(r.slotId(), r.groupId(), r.date(),
                    r.kind(), state, r.ordinal())));
        }
    }

    /** Records plans and cancels; existing sessions and their bookings are what a test puts in. */
    static final class Writer extends SessionWriter {
        final Map<LocalDate, ExistingSession> existing = new HashMap<>();
        final Map<String, Booking> bookings = new HashMap<>();
        final List<SessionPlan> plans = new ArrayList<>();
        final List<CancelSlot> cancelled = new ArrayList<>();
        final List<ScheduleSlot> oneOffs = new ArrayList<>();
        private final Registry registry;

        Writer(Registry registry) {
            super(null, null);
            this.registry = registry;
        }

        void live(String slotId, LocalDate date, Instant start, Instant end) {
            existing.put(date, new ExistingSession(slotId, date, SessionState.LIVE, 0, "room-1", start, end, true));
            bookings.put(slotId, new Booking(slotId, "sem-1", "room-1", start, end, BERLIN, true));
            registry.rows.put(slotId, new SessionRow(slotId, GROUP, date, GENERATED, SessionState.LIVE, 0));
        }

        @Override
        Map<LocalDate, ExistingSession> existing(String groupId, LocalDate from, LocalDate to) {
            Map<LocalDate, ExistingSession> inRange = new HashMap<>();
            existing.forEach((date, session) -> {
                if (!date.isBefore(from) && !date.isAfter(to)) {
                    inRange.put(date, session);
                }
            });
            return inRange;
        }

        @Override
        Outcome apply(String groupId, SessionPlan plan) {
            plans.add(plan);
            List<String> touched = new ArrayList<>();
            plan.creates().forEach(c -> touched.add(c.command().slotId()));
            plan.moves().forEach(m -> touched.add(m.command().slotId()));
            plan.removes().forEach(r -> touched.add(r.command().slotId()));
            return new Outcome(new GenerationReport(plan.creates().size(), plan.moves().size(), plan.removes().size(),
                    plan.unchanged(), List.of(), List.of()), touched);
        }

        @Override
        void scheduleOneOff(String groupId, LocalDate date, ScheduleSlot command) {
            oneOffs.add(command);
        }

        @Override
        Map<String, Booking> bookings(List<String> slotIds) {
            Map<String, Booking> found = new HashMap<>();
            slotIds.forEach(id -> {
                if (bookings.containsKey(id)) {
                    found.put(id, bookings.get(id));
                }
            });
            return found;
        }

        @Override
        void cancel(List<CancelSlot> commands, SessionState becomes) {
            cancelled.addAll(commands);
        }

        SessionPlan lastPlan() {
            return plans.get(plans.size() - 1);
        }
    }

    static final class AllLive extends FreeReferenceKeys {
        @Override
        public boolean live(ReferenceKind kind, String id) {
            return !id.startsWith("retired");
        }
    }
}
