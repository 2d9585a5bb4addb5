package com.slotledger.command.timetable;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.SlotCommands.CancelSlot;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import com.slotledger.command.sitting.RoomDays;
import com.slotledger.command.sitting.SlotBatch;
import com.slotledger.command.sitting.SlotBookings.Booking;
import com.slotledger.command.timetable.GenerationReport.RoomConflict;
import com.slotledger.command.timetable.GenerationReport.Skipped;
import com.slotledger.command.timetable.SessionPlan.Create;
import com.slotledger.command.timetable.SessionPlan.Move;
import com.slotledger.command.timetable.SessionPlan.Remove;
import com.slotledger.command.timetable.TimetableRegistry.SessionRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Carries a group's session plan out in the command's transaction: the sitting's slots (events and room bookings)
 * and the timetable's lookup rows. Removals go first, since they free rooms that moves and creations may need; an
 * occurrence whose room is held is left out whole and reported.
 */
class SessionWriter {

    static final String GENERATED = "GENERATED";
    static final String ONE_OFF = "ONE_OFF";

    private final SlotBatch slots;
    private final TimetableRegistry registry;

    SessionWriter(SlotBatch slots, TimetableRegistry registry) {
        this.slots = slots;
        this.registry = registry;
    }

    /** What was done; {@code touched} are the slot aggregates that got events. */
    record Outcome(GenerationReport report, List<String> touched) {
    }

    /** The group's newest generated session per date in [from, to], with its slot's booking. */
    Map<LocalDate, ExistingSession> existing(String groupId, LocalDate from, LocalDate to) {
        List<SessionRow> rows = registry.generatedSessions(groupId, from, to);
        Map<String, Booking> bookings = slots.bookings(rows.stream()
                .filter(row -> row.state() == SessionState.LIVE).map(SessionRow::slotId).toList());
        Map<LocalDate, ExistingSession> existing = new HashMap<>();
        for (SessionRow row : rows) {
            Booking booking = bookings.get(row.slotId());
            existing.put(row.date(), new ExistingSession(row.slotId(), row.date(), row.state(), row.ordinal(),
                    booking == null ? null : booking.roomId(), booking == null ? null : booking.startsAt(),
                    booking == null ? null : booking.endsAt(), booking != null && booking.active()));
        }
        return existing;
    }

    Outcome apply(String groupId, SessionPlan plan) throws Exception {
        List<String> touched = new ArrayList<>();
        List<RoomConflict> conflicts = new ArrayList<>();
        slots.hold(holds(plan));

        slots.cancel(plan.removes().stream().map(Remove::command).toList());
        Map<SessionState, List<String>> removed = plan.removes().stream().collect(Collectors.groupingBy(Remove::becomes,
                Collectors.mapping(r -> r.command().slotId(), Collectors.toList())));
        removed.forEach((state, ids) -> registry.changeState(ids, state));
        plan.removes().forEach(r -> touched.add(r.command().slotId()));

        int moved = 0;
        for (Move move : plan.moves()) {
            Optional<SlotBatch.Conflict> conflict = slots.reschedule(move.command());
            if (conflict.isPresent()) {
                conflicts.add(conflict(groupId, move.date(), "MOVE", conflict.get()));
            } else {
                moved++;
                touched.add(move.command().slotId());
            }
        }

        Map<String, SlotBatch.Conflict> refused = slots.schedule(plan.creates().stream().map(Create::command).toList())
                .stream().collect(Collectors.toMap(SlotBatch.Conflict::slotId, c -> c));
        List<Create> created = new ArrayList<>();
        for (Create create : plan.creates()) {
            SlotBatch.Conflict conflict = refused.get(create.command().slotId());
            if (conflict == null) {
                created.add(create);
                touched.add(create.command().slotId());
            } else {
                conflicts.add(conflict(groupId, create.date(), "CREATE", conflict));
            }
        }
        registry.recordSessions(groupId, GENERATED, created.stream().map(Create::date).toList(),
                created.stream().map(Create::ordinal).toList(), created.stream().map(c -> c.command().slotId()).toList());

        List<Skipped> skipped = plan.skipped().stream()
                .map(s -> new Skipped(groupId, s.date(), s.reason().name(), s.sessionId())).toList();
        return new Outcome(new GenerationReport(created.size(), moved, plan.removes().size(), plan.unchanged(), skipped,
                conflicts), touched);
    }

    /**
     * Every room and time the plan frees or takes, locked before the first booking changes: removals, moves and
     * creations run in that order, so taking each step's rooms in turn could cross another group's steps.
     */
    private List<RoomDays.Hold> holds(SessionPlan plan) {
        List<String> changed = new ArrayList<>();
        plan.removes().forEach(r -> changed.add(r.command().slotId()));
        plan.moves().forEach(m -> changed.add(m.command().slotId()));
        List<RoomDays.Hold> holds = new ArrayList<>(changed.isEmpty() ? List.of() : slots.held(changed));
        plan.moves().forEach(m -> holds.add(new RoomDays.Hold(m.command().roomId(), m.command().startsAt(),
                m.command().endsAt())));
        plan.creates().forEach(c -> holds.add(new RoomDays.Hold(c.command().roomId(), c.command().startsAt(),
                c.command().endsAt())));
        return holds;
    }

    /** A one-off session: booked whole, or refused with the room's holder named. */
    void scheduleOneOff(String groupId, LocalDate date, ScheduleSlot command) throws Exception {
        List<SlotBatch.Conflict> conflicts = slots.schedule(List.of(command));
        if (!conflicts.isEmpty()) {
            throw overlap(conflict(groupId, date, "CREATE", conflicts.get(0)));
        }
        registry.recordSessions(groupId, ONE_OFF, List.of(date), List.of(0), List.of(command.slotId()));
    }

    Map<String, Booking> bookings(List<String> slotIds) {
        return slots.bookings(slotIds);
    }

    void cancel(List<CancelSlot> commands, SessionState becomes) {
        slots.cancel(commands);
        registry.changeState(commands.stream().map(CancelSlot::slotId).toList(), becomes);
    }

    static DomainRejection overlap(RoomConflict conflict) {
        return new DomainRejection(ErrorCode.SLOT_OVERLAP, "Room " + conflict.roomId() + " is held from "
                + conflict.startsAt() + " to " + conflict.endsAt() + " on " + conflict.date()
                + (conflict.conflictingSlotId() == null ? "" : " by slot " + conflict.conflictingSlotId())
                + "; nothing was changed.");
    }

    private static RoomConflict conflict(String groupId, LocalDate date, String action, SlotBatch.Conflict c) {
        return new RoomConflict(groupId, date, action, c.roomId(), c.startsAt(), c.endsAt(), c.blockingSlotId());
    }
}
