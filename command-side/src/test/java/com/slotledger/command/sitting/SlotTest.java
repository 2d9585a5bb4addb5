package com.slotledger.command.sitting;

import com.slotledger.api.sitting.AttendanceEvents.AttendanceOpened;
import com.slotledger.api.sitting.ParticipantOutcome;
import com.slotledger.api.sitting.ParticipantPolicy;
import com.slotledger.api.sitting.SlotCategory;
import com.slotledger.api.sitting.SlotCommands.AddParticipant;
import com.slotledger.api.sitting.SlotCommands.AddSlotAttendees;
import com.slotledger.api.sitting.SlotCommands.AssignSlotSubjects;
import com.slotledger.api.sitting.SlotCommands.CancelSlot;
import com.slotledger.api.sitting.SlotCommands.RemoveSlotSubject;
import com.slotledger.api.sitting.SlotCommands.RescheduleSlot;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import com.slotledger.api.sitting.SlotCommands.SlotSource;
import com.slotledger.api.sitting.SlotCommands.WithdrawParticipant;
import com.slotledger.api.sitting.SlotEvents.ParticipantAdded;
import com.slotledger.api.sitting.SlotEvents.ParticipantReenrolled;
import com.slotledger.api.sitting.SlotEvents.ParticipantWithdrawn;
import com.slotledger.api.sitting.SlotEvents.SlotCancelled;
import com.slotledger.api.sitting.SlotEvents.SlotRescheduled;
import com.slotledger.api.sitting.SlotEvents.SlotScheduled;
import com.slotledger.api.sitting.SlotEvents.SlotSubjectAssigned;
import com.slotledger.api.sitting.SlotEvents.SlotSubjectRemoved;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.slotledger.command.shared.Rejections.rejected;
import static com.slotledger.command.sitting.SlotFixtures.BERLIN;
import static com.slotledger.command.sitting.SlotFixtures.END;
import static com.slotledger.command.sitting.SlotFixtures.SLOT;
import static com.slotledger.command.sitting.SlotFixtures.START;
import static com.slotledger.command.sitting.SlotFixtures.scheduled;

/** Scheduling, subjects and participants of a slot. */
class SlotTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final String ANN = "ann";
    private static final String ANN_ATTENDANCE = SittingIds.attendance(SLOT, ANN);

    private AggregateTestFixture<Slot> fixture;

    @BeforeEach
    void setUp() {
        fixture = SlotFixtures.fixture();
    }

    private static SlotSubjectAssigned subject(String id) {
        return new SlotSubjectAssigned(SLOT, id, "op", NOW);
    }

    private static ParticipantAdded added(String subject, String student) {
        return new ParticipantAdded(SLOT, SittingIds.participant(SLOT, subject, student), subject, student, "op", NOW);
    }

    @Test
    void aGeneratedLectureIsScheduledWithItsSource() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSlot(SLOT, "sem-1", "room-1", START, END, BERLIN, SlotCategory.LECTURE, List.of(), "lec-1",
                        new SlotSource("COURSE_GROUP", "cg-7"), "timetable", NOW))
                .expectEvents(new SlotScheduled(SLOT, "sem-1", "room-1", START, END, BERLIN, SlotCategory.LECTURE, List.of(),
                        "lec-1", "COURSE_GROUP", "cg-7", "timetable", NOW));
    }

    @Test
    void aSlotMustEndAfterItStarts() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSlot(SLOT, "sem-1", "room-1", END, START, BERLIN, SlotCategory.FINAL_EXAM, List.of(), null, null, "op", NOW))
                .expectNoEvents()
                .expectException(rejected("INVALID_SLOT_TIME"));
    }

    @Test
    void aCancelledSlotTakesNoMoreChanges() {
        fixture.given(scheduled(SlotCategory.FINAL_EXAM), new SlotCancelled(SLOT, "flood", "op", NOW))
                .when(new RescheduleSlot(SLOT, "room-2", START, END, BERLIN, List.of(), null, "op", NOW))
                .expectNoEvents()
                .expectException(rejected("SLOT_INACTIVE"));
    }

    @Test
    void aSlotIsRescheduledAndCancelled() {
        fixture.given(scheduled(SlotCategory.FINAL_EXAM))
                .when(new RescheduleSlot(SLOT, "room-2", START, END, BERLIN, List.of("sup-2"), null, "op", NOW))
                .expectEvents(new SlotRescheduled(SLOT, "room-2", START, END, BERLIN, List.of("sup-2"), null, "op", NOW));
        fixture.given(scheduled(SlotCategory.FINAL_EXAM))
                .when(new CancelSlot(SLOT, "flood", "op", NOW))
                .expectEvents(new SlotCancelled(SLOT, "flood", "op", NOW));
    }

    @Test
    void onlyExamCategoriesTakeSubjects() {
        fixture.given(scheduled(SlotCategory.LECTURE))
                .when(new AssignSlotSubjects(SLOT, List.of("prf"), "op", NOW))
                .expectNoEvents()
                .expectException(rejected("CATEGORY_TAKES_NO_PARTICIPANTS"));
        fixture.given(scheduled(SlotCategory.LECTURE_WITH_PT))
                .when(new AssignSlotSubjects(SLOT, List.of("prf", "prf", "dbi"), "op", NOW))
                .expectEvents(subject("prf"), subject("dbi"));
    }

    @Test
    void aSubjectIsOnASlotOnce() {
        fixture.given(scheduled(SlotCategory.FINAL_EXAM), subject("prf"))
                .when(new AssignSlotSubjects(SLOT, List.of("dbi", "prf"), "op", NOW))
                .expectNoEvents()
                .expectException(rejected("SUBJECT_ALREADY_ASSIGNED"));
    }

    @Test
    void aRemovedSubjectCanBeAssignedAgain() {
        fixture.given(scheduled(SlotCategory.FINAL_EXAM), subject("prf"), new SlotSubjectRemoved(SLOT, "prf", "op", NOW))
                .when(new AssignSlotSubjects(SLOT, List.of("prf"), "op", NOW))
                .expectEvents(subject("prf"));
        fixture.given(scheduled(SlotCategory.FINAL_EXAM), subject("prf"))
                .when(new RemoveSlotSubject(SLOT, "prf", "op", NOW))
                .expectEvents(new SlotSubjectRemoved(SLOT, "prf", "op", NOW));
    }

    @Test
    void aSubjectIsAssignedBeforeItsParticipants() {
        fixture.given(scheduled(SlotCategory.FINAL_EXAM))
                .when(new AddParticipant(SLOT, "prf", ANN, ParticipantPolicy.SINGLE, "op", NOW))
                .expectNoEvents()
                .expectException(rejected("SUBJECT_NOT_ASSIGNED"));
    }

    @Test
    void theFirstParticipationOpensTheStudentsAttendanceNotYet() {
        fixture.given(scheduled(SlotCategory.FINAL_EXAM), subject("prf"))
                .when(new AddParticipant(SLOT, "prf", ANN, ParticipantPolicy.SINGLE, "op", NOW))
                .expectEvents(added("prf", ANN), new AttendanceOpened(ANN_ATTENDANCE, SLOT, ANN, NOW))
                .expectResultMessagePayload(ParticipantOutcome.ADDED);
    }

    @Test
    void aSecondSubjectInTheSameSlotKeepsOneAttendance() {
        fixture.given(scheduled(SlotCategory.FINAL_EXAM), subject("prf"), subject("dbi"), added("prf", ANN),
                        new AttendanceOpened(ANN_ATTENDANCE, SLOT, ANN, NOW))
                .when(new AddParticipant(SLOT, "dbi", ANN, ParticipantPolicy.SINGLE, "op", NOW))
                .expectEvents(added("dbi", ANN));
    }

    @Test
    void aStudentSitsASubjectInASlotOnce() {
        fixture.given(scheduled(SlotCategory.FINAL_EXAM), subject("prf"), added("prf", ANN),
                        new AttendanceOpened(ANN_ATTENDANCE, SLOT, ANN, NOW))
                .when(new AddParticipant(SLOT, "prf", ANN, ParticipantPolicy.SINGLE, "op", NOW))
                .expectNoEvents()
                .expectException(rejected("PARTICIPANT_EXISTS"));
    }

    @Test
    void theStudentMustBeEnrolledInTheSubject() {
        fixture.given(scheduled(SlotCategory.FINAL_EXAM), subject("prf"))
                .when(new AddParticipant(SLOT, "prf", "unenrolled-bob", ParticipantPolicy.SINGLE, "op", NOW))
                .expectNoEvents()
                .expectException(rejected("NOT_ENROLLED"));
    }

    @Test
    void importModesNeverFailOnAnExistingParticipant() {
        String participant = SittingIds.participant(SLOT, "prf", ANN);
        Object[] withdrawn = {scheduled(SlotCategory.FINAL_EXAM), subject("prf"), added("prf", ANN),
                new AttendanceOpened(ANN_ATTENDANCE, SLOT, ANN, NOW), new ParticipantWithdrawn(SLOT, participant, ANN, "op", NOW)};
        fixture.given(withdrawn)
                .when(new AddParticipant(SLOT, "prf", ANN, ParticipantPolicy.ADD_ONLY, "op", NOW))
                .expectNoEvents()
                .expectResultMessagePayload(ParticipantOutcome.UNCHANGED);
        fixture.given(withdrawn)
                .when(new AddParticipant(SLOT, "prf", ANN, ParticipantPolicy.ADD_AND_UPDATE, "op", NOW))
                .expectEvents(new ParticipantReenrolled(SLOT, participant, ANN, "op", NOW))
                .expectResultMessagePayload(ParticipantOutcome.REENROLLED);
        fixture.given(scheduled(SlotCategory.FINAL_EXAM), subject("prf"), added("prf", ANN), new AttendanceOpened(ANN_ATTENDANCE, SLOT, ANN, NOW))
                .when(new AddParticipant(SLOT, "prf", ANN, ParticipantPolicy.ADD_AND_UPDATE, "op", NOW))
                .expectNoEvents()
                .expectResultMessagePayload(ParticipantOutcome.UNCHANGED);
    }

    @Test
    void withdrawingIsSoftAndKeepsTheAttendance() {
        String participant = SittingIds.participant(SLOT, "prf", ANN);
        fixture.given(scheduled(SlotCategory.FINAL_EXAM), subject("prf"), added("prf", ANN), new AttendanceOpened(ANN_ATTENDANCE, SLOT, ANN, NOW))
                .when(new WithdrawParticipant(SLOT, participant, "op", NOW))
                .expectEvents(new ParticipantWithdrawn(SLOT, participant, ANN, "op", NOW));
        fixture.given(scheduled(SlotCategory.FINAL_EXAM))
                .when(new WithdrawParticipant(SLOT, "nobody", "op", NOW))
                .expectException(rejected("PARTICIPANT_NOT_FOUND"));
    }

    @Test
    void aLectureTakesARosterAndAnExamDoesNot() {
        fixture.given(scheduled(SlotCategory.LECTURE))
                .when(new AddSlotAttendees(SLOT, List.of(ANN, ANN), "op", NOW))
                .expectEvents(new AttendanceOpened(ANN_ATTENDANCE, SLOT, ANN, NOW));
        fixture.given(scheduled(SlotCategory.FINAL_EXAM))
                .when(new AddSlotAttendees(SLOT, List.of(ANN), "op", NOW))
                .expectException(rejected("CATEGORY_TAKES_NO_ROSTER"));
    }
}
