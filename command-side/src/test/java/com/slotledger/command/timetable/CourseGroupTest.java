package com.slotledger.command.timetable;

import com.slotledger.api.timetable.TimetableCommands.AddException;
import com.slotledger.api.timetable.TimetableCommands.CancelSession;
import com.slotledger.api.timetable.TimetableCommands.ChangeException;
import com.slotledger.api.timetable.TimetableCommands.ChangeWeeklySchedule;
import com.slotledger.api.timetable.TimetableCommands.CreateCourseGroup;
import com.slotledger.api.timetable.TimetableCommands.DeactivateCourseGroup;
import com.slotledger.api.timetable.TimetableCommands.GenerateSessions;
import com.slotledger.api.timetable.TimetableCommands.RemoveException;
import com.slotledger.api.timetable.TimetableCommands.ScheduleOneOffSession;
import com.slotledger.api.timetable.TimetableEvents.CourseGroupCreated;
import com.slotledger.api.timetable.TimetableEvents.CourseGroupDeactivated;
import com.slotledger.api.timetable.TimetableEvents.SessionExceptionAdded;
import com.slotledger.api.timetable.TimetableEvents.SessionExceptionChanged;
import com.slotledger.api.timetable.TimetableEvents.SessionExceptionRemoved;
import com.slotledger.api.timetable.TimetableEvents.SessionsGenerated;
import com.slotledger.api.timetable.TimetableEvents.WeeklyScheduleChanged;
import com.slotledger.api.timetable.TimetableTypes.SessionOverride;
import com.slotledger.api.timetable.TimetableTypes.WeeklySchedule;
import com.slotledger.command.timetable.TimetableFixtures.World;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static com.slotledger.command.shared.Rejections.rejected;
import static com.slotledger.command.timetable.TimetableFixtures.BERLIN;
import static com.slotledger.command.timetable.TimetableFixtures.GROUP;
import static com.slotledger.command.timetable.TimetableFixtures.MONDAYS;
import static com.slotledger.command.timetable.TimetableFixtures.NOW;
import static com.slotledger.command.timetable.TimetableFixtures.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The course group's rules, each on its own: given events, when a command, then events or a refusal. */
class CourseGroupTest {

    static final LocalDate MARCH_8 = LocalDate.of(2027, 3, 8);
    static final SessionOverride CANCELLED = new SessionOverride(true, null, null, null, "holiday");
    static final SessionOverride LAB = new SessionOverride(false, "lab-2", LocalTime.of(14, 0), LocalTime.of(15, 0), null);

    private final World world = new World();

    private static WeeklySchedule schedule(LocalTime start, LocalTime end) {
        return new WeeklySchedule(DayOfWeek.MONDAY, start, end, "room-1", BERLIN, null, LocalDate.of(2027, 6, 30));
    }

    @Test
    void aCourseGroupIsCreatedWithItsWeeklySchedule() {
        world.fixture.givenNoPriorActivity()
                .when(new CreateCourseGroup(GROUP, "Algebra A", "sem-1", "lec-1", MONDAYS, "op", NOW))
                .expectEvents(new CourseGroupCreated(GROUP, "Algebra A", "sem-1", "lec-1", MONDAYS, "op", NOW));
    }

    @Test
    void aSessionMustEndAfterItStarts() {
        world.fixture.givenNoPriorActivity()
                .when(new CreateCourseGroup(GROUP, "A", "sem-1", null, schedule(LocalTime.of(12, 0), LocalTime.of(10, 0)), "op", NOW))
                .expectNoEvents().expectException(rejected("INVALID_SCHEDULE"));
    }

    @Test
    void aScheduleDateRangeRunsForward() {
        WeeklySchedule backwards = new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
                "room-1", BERLIN, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 5, 1));
        world.fixture.givenNoPriorActivity()
                .when(new CreateCourseGroup(GROUP, "A", "sem-1", null, backwards, "op", NOW))
                .expectNoEvents().expectException(rejected("INVALID_SCHEDULE"));
    }

    @Test
    void aGroupMeetsInALiveRoomOfALiveSemester() {
        WeeklySchedule retiredRoom = new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
                "retired-room", BERLIN, null, null);
        world.fixture.givenNoPriorActivity()
                .when(new CreateCourseGroup(GROUP, "A", "sem-1", null, retiredRoom, "op", NOW))
                .expectNoEvents().expectException(rejected("REFERENCE_NOT_FOUND"));
        world.fixture.givenNoPriorActivity()
                .when(new CreateCourseGroup(GROUP, "A", "retired-sem", null, MONDAYS, "op", NOW))
                .expectNoEvents().expectException(rejected("REFERENCE_NOT_FOUND"));
    }

    @Test
    void changingTheScheduleRecordsOnlyARealChange() {
        WeeklySchedule later = schedule(LocalTime.of(11, 0), LocalTime.of(13, 0));
        world.fixture.given(created())
                .when(new ChangeWeeklySchedule(GROUP, later, "op", NOW))
                .expectEvents(new WeeklyScheduleChanged(GROUP, later, "op", NOW));
        world.fixture.given(created())
                .when(new ChangeWeeklySchedule(GROUP, MONDAYS, "op", NOW))
                .expectNoEvents();
    }

    @Test
    void aDeactivatedGroupTakesNoMoreChanges() {
        CourseGroupDeactivated deactivated = new CourseGroupDeactivated(GROUP, "merged", "op", NOW);
        world.fixture.given(created())
                .when(new DeactivateCourseGroup(GROUP, "merged", "op", NOW))
                .expectEvents(deactivated);
        world.fixture.given(created(), deactivated)
                .when(new ChangeWeeklySchedule(GROUP, schedule(LocalTime.of(8, 0), LocalTime.of(9, 0)), "op", NOW))
                .expectNoEvents().expectException(rejected("COURSE_GROUP_INACTIVE"));
        world.fixture.given(created(), deactivated)
                .when(new AddException("x-1", GROUP, MARCH_8, CANCELLED, "op", NOW))
                .expectNoEvents().expectException(rejected("COURSE_GROUP_INACTIVE"));
    }

    @Test
    void deactivationRemovesTheSessionsThatHaveNotBegun() {
        world.sessions.live("s-past", LocalDate.of(2027, 3, 1), Instant.parse("2027-03-01T09:00:00Z"), Instant.parse("2027-03-01T11:00:00Z"));
        world.sessions.live("s-next", MARCH_8, Instant.parse("2027-03-08T09:00:00Z"), Instant.parse("2027-03-08T11:00:00Z"));
        Instant during = Instant.parse("2027-03-01T10:00:00Z");
        world.fixture.given(created())
                .when(new DeactivateCourseGroup(GROUP, null, "op", during))
                .expectEvents(new CourseGroupDeactivated(GROUP, null, "op", during));
        assertEquals(List.of("s-next"), world.sessions.cancelled.stream().map(c -> c.slotId()).toList());
        assertEquals("GROUP_DEACTIVATED", world.sessions.cancelled.get(0).reason());
    }

    @Test
    void anExceptionFallsOnADateTheGroupMeets() {
        world.fixture.given(created())
                .when(new AddException("x-1", GROUP, MARCH_8.plusDays(1), CANCELLED, "op", NOW))
                .expectNoEvents().expectException(rejected("DATE_NOT_IN_SCHEDULE"));
        world.fixture.given(created())
                .when(new AddException("x-1", GROUP, LocalDate.of(2027, 7, 5), CANCELLED, "op", NOW))
                .expectNoEvents().expectException(rejected("DATE_NOT_IN_SCHEDULE"));
    }

    @Test
    void anExceptionCannotRewriteASessionThatHasBegun() {
        world.fixture.given(created())
                .when(new AddException("x-1", GROUP, MARCH_8, CANCELLED, "op", Instant.parse("2027-03-08T09:00:00Z")))
                .expectNoEvents().expectException(rejected("DATE_IN_PAST"));
    }

    @Test
    void thereIsOneExceptionPerDate() {
        world.fixture.given(created(), new SessionExceptionAdded("x-1", GROUP, MARCH_8, CANCELLED, "op", NOW))
                .when(new AddException("x-2", GROUP, MARCH_8, LAB, "op", NOW))
                .expectNoEvents().expectException(rejected("EXCEPTION_EXISTS"));
    }

    @Test
    void anExceptionCancelsOrOverridesSomething() {
        world.fixture.given(created())
                .when(new AddException("x-1", GROUP, MARCH_8, new SessionOverride(false, null, null, null, "?"), "op", NOW))
                .expectNoEvents().expectException(rejected("VALIDATION_FAILED"));
        world.fixture.given(created())
                .when(new AddException("x-1", GROUP, MARCH_8, new SessionOverride(true, "lab-2", null, null, null), "op", NOW))
                .expectNoEvents().expectException(rejected("VALIDATION_FAILED"));
    }

    @Test
    void anOverriddenSessionStillEndsAfterItStarts() {
        world.fixture.given(created())
                .when(new AddException("x-1", GROUP, MARCH_8, new SessionOverride(false, null, LocalTime.of(13, 0), null, null), "op", NOW))
                .expectNoEvents().expectException(rejected("INVALID_SCHEDULE"));
    }

    @Test
    void anOverrideInTheHourTheClockSkipsIsRefused() {
        WeeklySchedule sundays = new WeeklySchedule(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), "room-1",
                BERLIN, null, null);
        world.fixture.given(new CourseGroupCreated(GROUP, "S", "sem-1", null, sundays, "op", NOW))
                .when(new AddException("x-1", GROUP, LocalDate.of(2027, 3, 28),
                        new SessionOverride(false, null, LocalTime.of(2, 30), LocalTime.of(3, 30), null), "op", NOW))
                .expectNoEvents().expectException(rejected("INVALID_SCHEDULE"));
    }

    @Test
    void aCancelledExceptionRemovesTheSessionOfItsDate() {
        world.sessions.live("s-8", MARCH_8, Instant.parse("2027-03-08T09:00:00Z"), Instant.parse("2027-03-08T11:00:00Z"));
        world.fixture.given(created())
                .when(new AddException("x-1", GROUP, MARCH_8, CANCELLED, "op", NOW))
                .expectEvents(new SessionExceptionAdded("x-1", GROUP, MARCH_8, CANCELLED, "op", NOW));
        SessionPlan plan = world.sessions.lastPlan();
        assertEquals("s-8", plan.removes().get(0).command().slotId());
        assertEquals(SessionState.EXCEPTION, plan.removes().get(0).becomes());
    }

    @Test
    void anOverrideMovesTheSessionOfItsDateOnly() {
        world.sessions.live("s-8", MARCH_8, Instant.parse("2027-03-08T09:00:00Z"), Instant.parse("2027-03-08T11:00:00Z"));
        world.fixture.given(created())
                .when(new AddException("x-1", GROUP, MARCH_8, LAB, "op", NOW))
                .expectEvents(new SessionExceptionAdded("x-1", GROUP, MARCH_8, LAB, "op", NOW));
        SessionPlan plan = world.sessions.lastPlan();
        assertEquals(1, plan.moves().size());
        assertEquals("lab-2", plan.moves().get(0).command().roomId());
        assertEquals(Instant.parse("2027-03-08T13:00:00Z"), plan.moves().get(0).command().startsAt());
    }

    @Test
    void changingOrRemovingNamesAKnownException() {
        world.fixture.given(created())
                .when(new ChangeException("nope", GROUP, LAB, "op", NOW))
                .expectNoEvents().expectException(rejected("EXCEPTION_NOT_FOUND"));
        world.fixture.given(created())
                .when(new RemoveException("nope", GROUP, "op", NOW))
                .expectNoEvents().expectException(rejected("EXCEPTION_NOT_FOUND"));
    }

    @Test
    void changingAnExceptionRecordsOnlyARealChange() {
        SessionExceptionAdded added = new SessionExceptionAdded("x-1", GROUP, MARCH_8, CANCELLED, "op", NOW);
        world.fixture.given(created(), added)
                .when(new ChangeException("x-1", GROUP, LAB, "op", NOW))
                .expectEvents(new SessionExceptionChanged("x-1", GROUP, MARCH_8, LAB, "op", NOW));
        world.fixture.given(created(), added)
                .when(new ChangeException("x-1", GROUP, CANCELLED, "op", NOW))
                .expectNoEvents();
    }

    @Test
    void anExceptionLeftBehindByAScheduleChangeCanStillBeRemoved() {
        WeeklySchedule tuesdays = new WeeklySchedule(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
                "room-1", BERLIN, null, null);
        world.fixture.given(created(), new SessionExceptionAdded("x-1", GROUP, MARCH_8, CANCELLED, "op", NOW),
                        new WeeklyScheduleChanged(GROUP, tuesdays, "op", NOW))
                .when(new RemoveException("x-1", GROUP, "op", NOW))
                .expectEvents(new SessionExceptionRemoved("x-1", GROUP, MARCH_8, "op", NOW));
        assertTrue(world.sessions.plans.isEmpty(), "no session of the schedule to regenerate");
    }

    @Test
    void generationRecordsARunOnlyWhenItChangedSomething() {
        LocalDate from = LocalDate.of(2027, 3, 1);
        LocalDate to = LocalDate.of(2027, 3, 28);
        world.fixture.given(created())
                .when(new GenerateSessions(GROUP, null, from, to, false, "op", NOW))
                .expectEvents(new SessionsGenerated(GROUP, from, to, false, 4, 0, 0, "op", NOW));
        assertEquals(4, world.sessions.lastPlan().creates().size());

        for (LocalDate monday = from; monday.isBefore(to); monday = monday.plusWeeks(1)) {
            Occurrence o = Occurrence.of(monday, LocalTime.of(10, 0), LocalTime.of(12, 0), "room-1", BERLIN).orElseThrow();
            world.sessions.live("s-" + monday, monday, o.startsAt(), o.endsAt());
        }
        world.fixture.given(created())
                .when(new GenerateSessions(GROUP, null, from, to, true, "op", NOW))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(Matchers.predicate(result ->
                        ((SessionGeneration.Result) result).report().unchanged() == 4));
    }

    @Test
    void weeksCountFromTodayInTheGroupsZone() {
        Instant sundayNightUtc = Instant.parse("2027-02-28T23:30:00Z"); // already Monday 1 March in Berlin
        world.fixture.given(created())
                .when(new GenerateSessions(GROUP, 2, null, null, false, "op", sundayNightUtc))
                .expectEvents(new SessionsGenerated(GROUP, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14), false, 2,
                        0, 0, "op", sundayNightUtc));
    }

    @Test
    void anInactiveGroupGeneratesNothing() {
        world.fixture.given(created(), new CourseGroupDeactivated(GROUP, null, "op", NOW))
                .when(new GenerateSessions(GROUP, 4, null, null, true, "op", NOW))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(Matchers.predicate(result ->
                        ((SessionGeneration.Result) result).report().skipped().get(0).reason().equals("GROUP_INACTIVE")));
        assertTrue(world.sessions.plans.isEmpty());
    }

    @Test
    void aGenerationRangeIsBounded() {
        world.fixture.given(created())
                .when(new GenerateSessions(GROUP, null, LocalDate.of(2027, 3, 1), LocalDate.of(2029, 3, 8), false, "op", NOW))
                .expectNoEvents().expectException(rejected("VALIDATION_FAILED"));
    }

    @Test
    void cancellingAGeneratedSessionRecordsACancelledExceptionForItsDate() {
        world.sessions.live("s-8", MARCH_8, Instant.parse("2027-03-08T09:00:00Z"), Instant.parse("2027-03-08T11:00:00Z"));
        String exceptionId = TimetableIds.cancellation(GROUP, MARCH_8, "s-8");
        world.fixture.given(created())
                .when(new CancelSession("s-8", "strike", "op", NOW))
                .expectEvents(new SessionExceptionAdded(exceptionId, GROUP, MARCH_8,
                        new SessionOverride(true, null, null, null, "strike"), "op", NOW));
        assertEquals(SessionState.EXCEPTION, world.sessions.lastPlan().removes().get(0).becomes());
    }

    @Test
    void aOneOffSessionStartsInTheFutureAndEndsAfterItStarts() {
        world.fixture.given(created())
                .when(new ScheduleOneOffSession("one", GROUP, LocalDate.of(2027, 2, 26), LocalTime.of(10, 0), LocalTime.of(11, 0), null, "op", NOW))
                .expectNoEvents().expectException(rejected("DATE_IN_PAST"));
        world.fixture.given(created())
                .when(new ScheduleOneOffSession("one", GROUP, MARCH_8, LocalTime.of(11, 0), LocalTime.of(10, 0), null, "op", NOW))
                .expectNoEvents().expectException(rejected("INVALID_SCHEDULE"));
        world.fixture.given(created())
                .when(new ScheduleOneOffSession("one", GROUP, MARCH_8.plusDays(2), LocalTime.of(14, 0), LocalTime.of(15, 0), null, "op", NOW))
                .expectNoEvents();
        assertEquals("room-1", world.sessions.oneOffs.get(0).roomId());
        assertEquals("COURSE_GROUP_ONE_OFF", world.sessions.oneOffs.get(0).source().type());
    }
}
