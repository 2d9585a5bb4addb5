package com.slotledger.command.timetable;

import com.slotledger.api.sitting.SlotCommands.CancelSlot;
import com.slotledger.api.sitting.SlotCommands.RescheduleSlot;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import com.slotledger.command.timetable.SessionPlan.Create;
import com.slotledger.command.timetable.SessionPlan.Move;
import com.slotledger.command.timetable.SessionPlan.Remove;
import com.slotledger.command.timetable.SessionPlan.Skip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rules of generation, one date at a time, comparing what the schedule wants with the session that exists:
 * <ul>
 * <li>"idempotent": a date whose live session already matches is left alone;</li>
 * <li>"force moves": a live session whose room or times no longer match is moved only with force, else reported
 * TIMES_CHANGED; one on a date the group no longer meets is removed only with force, else NO_LONGER_SCHEDULED;</li>
 * <li>"exceptions win": a cancelled exception removes the date's session, with or without force;</li>
 * <li>"history stays": a session that has started is never moved or removed, and none is created in the past;</li>
 * <li>"a person's cancel stays": a slot cancelled outside the timetable is not recreated.</li>
 * </ul>
 * Regeneration after an exception change uses the same rules with force, creating only what an exception removed.
 */
final class SessionPlanner {

    private SessionPlanner() {
    }

    /** What the schedule wants on a date: an occurrence, or why none ({@code meets}: the group meets that day). */
    record Wanted(Occurrence occurrence, SkipReason missing, boolean meets) {
    }

    /** Turns decisions into the sitting's slot commands. */
    interface SlotMaker {
        ScheduleSlot create(String slotId, Occurrence occurrence);

        RescheduleSlot move(String slotId, Occurrence occurrence);

        CancelSlot remove(String slotId, SkipReason reason);
    }

    static SessionPlan plan(String groupId, List<LocalDate> dates, Function<LocalDate, Wanted> schedule,
                            Map<LocalDate, ExistingSession> existing, boolean force, boolean createMissing,
                            Instant now, SlotMaker slots) {
        List<Create> creates = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        List<Remove> removes = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        int unchanged = 0;
        for (LocalDate date : dates) {
            Wanted wanted = schedule.apply(date);
            ExistingSession session = existing.get(date);
            Occurrence occurrence = wanted.occurrence();
            if (session != null && session.live()) {
                if (occurrence != null && occurrence.sameAs(session.roomId(), session.startsAt(), session.endsAt())) {
                    unchanged++;
                } else if (!session.startsAt().isAfter(now)) {
                    skipped.add(new Skip(date, SkipReason.IN_PAST, session.slotId()));
                } else if (occurrence == null && (force || wanted.missing() == SkipReason.EXCEPTION_CANCELLED)) {
                    SessionState becomes = wanted.missing() == SkipReason.EXCEPTION_CANCELLED
                            ? SessionState.EXCEPTION : SessionState.REMOVED;
                    removes.add(new Remove(date, becomes, slots.remove(session.slotId(), wanted.missing())));
                } else if (occurrence == null) {
                    skipped.add(new Skip(date, wanted.missing(), session.slotId()));
                } else if (force) {
                    moves.add(new Move(date, slots.move(session.slotId(), occurrence)));
                } else {
                    skipped.add(new Skip(date, SkipReason.TIMES_CHANGED, session.slotId()));
                }
                continue;
            }
            if (session != null && session.state() == SessionState.LIVE) {
                skipped.add(new Skip(date, SkipReason.SESSION_CANCELLED, session.slotId()));
                continue;
            }
            boolean removedByException = session != null && session.state() == SessionState.EXCEPTION;
            if (!createMissing && !removedByException) {
                continue;
            }
            if (occurrence == null) {
                if (wanted.meets() && createMissing) {
                    skipped.add(new Skip(date, wanted.missing(), null));
                }
                continue;
            }
            if (!occurrence.startsAt().isAfter(now)) {
                skipped.add(new Skip(date, SkipReason.IN_PAST, null));
                continue;
            }
            int ordinal = session == null ? 0 : session.nextOrdinal();
            creates.add(new Create(date, ordinal,
                    slots.create(TimetableIds.generatedSession(groupId, date, ordinal), occurrence)));
        }
        return new SessionPlan(creates, moves, removes, unchanged, skipped);
    }
}
