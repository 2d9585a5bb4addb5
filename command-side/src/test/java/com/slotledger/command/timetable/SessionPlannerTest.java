package com.slotledger.command.timetable;

import com.slotledger.api.sitting.SlotCategory;
import com.slotledger.api.sitting.SlotCommands.CancelSlot;
import com.slotledger.api.sitting.SlotCommands.RescheduleSlot;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import com.slotledger.command.timetable.SessionPlanner.Wanted;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generation rules, one by one, on a Monday 10:00–12:00 group in Berlin. */
class SessionPlannerTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2027-03-01T06:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);
    static final String GROUP = "cg-1";

    private final Map<LocalDate, ExistingSession> existing = new HashMap<>();

    private static Occurrence at(LocalDate date, int hour, String room) {
        return Occurrence.of(date, LocalTime.of(hour, 0), LocalTime.of(hour + 2, 0), room, BERLIN).orElseThrow();
    }

    private static final Function<LocalDate, Wanted> SCHEDULE = date -> date.getDayOfWeek().getValue() == 1
            ? new Wanted(at(date, 10, "r1"), null, true) : new Wanted(null, SkipReason.NO_LONGER_SCHEDULED, false);

    private void live(LocalDate date, Occurrence o, String slotId) {
        existing.put(date, new ExistingSession(slotId, date, SessionState.LIVE, 0, o.roomId(), o.startsAt(), o.endsAt(), true));
    }

    private SessionPlan plan(Function<LocalDate, Wanted> schedule, boolean force, boolean createMissing, Instant now,
                             LocalDate... dates) {
        return SessionPlanner.plan(GROUP, List.of(dates), schedule, existing, force, createMissing, now, new Slots());
    }

    @Test
    void aMissingSessionIsCreatedWithAnIdDerivedFromGroupDateAndOrdinal() {
        SessionPlan first = plan(SCHEDULE, false, true, NOW, MONDAY, MONDAY.plusDays(1));
        assertEquals(1, first.creates().size());
        ScheduleSlot slot = first.creates().get(0).command();
        assertEquals(TimetableIds.generatedSession(GROUP, MONDAY, 0), slot.slotId());
        assertEquals(Instant.parse("2027-03-08T09:00:00Z"), slot.startsAt());
        assertEquals(SlotCategory.LECTURE, slot.category());
        assertEquals(slot.slotId(), plan(SCHEDULE, false, true, NOW, MONDAY).creates().get(0).command().slotId(),
                "the same decision twice names the same slot");
    }

    @Test
    void aDateWhoseLiveSessionMatchesIsLeftAlone() {
        live(MONDAY, at(MONDAY, 10, "r1"), "s1");
        SessionPlan plan = plan(SCHEDULE, true, true, NOW, MONDAY);
        assertEquals(1, plan.unchanged());
        assertTrue(!plan.changes() && plan.skipped().isEmpty());
    }

    @Test
    void changedTimesAreReportedWithoutForceAndMovedWithForce() {
        live(MONDAY, at(MONDAY, 9, "r1"), "s1");
        SessionPlan unforced = plan(SCHEDULE, false, true, NOW, MONDAY);
        assertEquals(List.of(new SessionPlan.Skip(MONDAY, SkipReason.TIMES_CHANGED, "s1")), unforced.skipped());
        assertTrue(!unforced.changes());

        SessionPlan forced = plan(SCHEDULE, true, true, NOW, MONDAY);
        RescheduleSlot move = forced.moves().get(0).command();
        assertEquals("s1", move.slotId());
        assertEquals(Instant.parse("2027-03-08T09:00:00Z"), move.startsAt());
    }

    @Test
    void aRoomChangeIsAChangeToo() {
        live(MONDAY, at(MONDAY, 10, "r2"), "s1");
        assertEquals(SkipReason.TIMES_CHANGED, plan(SCHEDULE, false, true, NOW, MONDAY).skipped().get(0).reason());
        assertEquals("r1", plan(SCHEDULE, true, true, NOW, MONDAY).moves().get(0).command().roomId());
    }

    @Test
    void aDateNoLongerMetIsReportedWithoutForceAndRemovedWithForce() {
        LocalDate tuesday = MONDAY.plusDays(1);
        live(tuesday, at(tuesday, 10, "r1"), "s2");
        assertEquals(SkipReason.NO_LONGER_SCHEDULED, plan(SCHEDULE, false, true, NOW, tuesday).skipped().get(0).reason());
        SessionPlan forced = plan(SCHEDULE, true, true, NOW, tuesday);
        assertEquals(SessionState.REMOVED, forced.removes().get(0).becomes());
        assertEquals("NO_LONGER_SCHEDULED", forced.removes().get(0).command().reason());
    }

    @Test
    void aCancelledExceptionRemovesTheSessionEvenWithoutForce() {
        live(MONDAY, at(MONDAY, 10, "r1"), "s1");
        Function<LocalDate, Wanted> cancelled = date -> new Wanted(null, SkipReason.EXCEPTION_CANCELLED, true);
        SessionPlan plan = plan(cancelled, false, true, NOW, MONDAY);
        assertEquals(SessionState.EXCEPTION, plan.removes().get(0).becomes());
    }

    @Test
    void aSessionThatHasBegunIsNeverMovedOrRemoved() {
        live(MONDAY, at(MONDAY, 9, "r1"), "s1");
        Instant during = Instant.parse("2027-03-08T08:30:00Z");
        assertEquals(SkipReason.IN_PAST, plan(SCHEDULE, true, true, during, MONDAY).skipped().get(0).reason());
        Function<LocalDate, Wanted> cancelled = date -> new Wanted(null, SkipReason.EXCEPTION_CANCELLED, true);
        assertTrue(plan(cancelled, true, true, during, MONDAY).removes().isEmpty());
    }

    @Test
    void noSessionIsCreatedInThePast() {
        SessionPlan plan = plan(SCHEDULE, false, true, Instant.parse("2027-03-08T09:00:00Z"), MONDAY);
        assertEquals(List.of(new SessionPlan.Skip(MONDAY, SkipReason.IN_PAST, null)), plan.skipped());
    }

    @Test
    void aSlotCancelledOutsideTheTimetableIsNotRecreated() {
        Occurrence o = at(MONDAY, 10, "r1");
        existing.put(MONDAY, new ExistingSession("s1", MONDAY, SessionState.LIVE, 0, o.roomId(), o.startsAt(), o.endsAt(), false));
        assertEquals(SkipReason.SESSION_CANCELLED, plan(SCHEDULE, true, true, NOW, MONDAY).skipped().get(0).reason());
    }

    @Test
    void aSessionRemovedByAnExceptionComesBackUnderTheNextOrdinal() {
        existing.put(MONDAY, new ExistingSession("s1", MONDAY, SessionState.EXCEPTION, 0, null, null, null, false));
        SessionPlan plan = plan(SCHEDULE, true, false, NOW, MONDAY);
        assertEquals(1, plan.creates().get(0).ordinal());
        assertEquals(TimetableIds.generatedSession(GROUP, MONDAY, 1), plan.creates().get(0).command().slotId());
    }

    @Test
    void regenerationAfterAnExceptionCreatesNothingNeverGenerated() {
        assertTrue(!plan(SCHEDULE, true, false, NOW, MONDAY).changes());
    }

    @Test
    void anHourTheClockSkipsIsReportedAsADstGap() {
        Function<LocalDate, Wanted> gap = date -> new Wanted(null, SkipReason.DST_GAP, true);
        assertEquals(SkipReason.DST_GAP, plan(gap, false, true, NOW, MONDAY).skipped().get(0).reason());
    }

    private static final class Slots implements SessionPlanner.SlotMaker {
        @Override
        public ScheduleSlot create(String slotId, Occurrence o) {
            return new ScheduleSlot(slotId, "sem", o.roomId(), o.startsAt(), o.endsAt(), o.zone(), SlotCategory.LECTURE,
                    List.of(), null, null, "op", NOW);
        }

        @Override
        public RescheduleSlot move(String slotId, Occurrence o) {
            return new RescheduleSlot(slotId, o.roomId(), o.startsAt(), o.endsAt(), o.zone(), List.of(), null, "op", NOW);
        }

        @Override
        public CancelSlot remove(String slotId, SkipReason reason) {
            return new CancelSlot(slotId, reason.name(), "op", NOW);
        }
    }
}
