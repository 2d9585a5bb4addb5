package com.slotledger.command.sitting;

import com.slotledger.api.sitting.AttendanceCommands.StartSession;
import com.slotledger.api.sitting.AttendanceCommands.StopSession;
import com.slotledger.api.sitting.AttendanceEvents.SessionStarted;
import com.slotledger.api.sitting.AttendanceMethod;
import com.slotledger.api.sitting.DetectionRejectionReason;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.api.sitting.SlotEvents.ParticipantWithdrawn;
import com.slotledger.api.sitting.SlotEvents.SlotCancelled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.slotledger.api.sitting.AttendanceStatus.ABSENT;
import static com.slotledger.api.sitting.AttendanceStatus.NOT_YET;
import static com.slotledger.api.sitting.AttendanceStatus.PRESENT;
import static com.slotledger.command.shared.Rejections.rejected;
import static com.slotledger.command.sitting.SittingHistory.ANN;
import static com.slotledger.command.sitting.SittingHistory.BOB;
import static com.slotledger.command.sitting.SittingHistory.SUBJECT;
import static com.slotledger.command.sitting.SittingHistory.T;
import static com.slotledger.command.sitting.SittingHistory.accepted;
import static com.slotledger.command.sitting.SittingHistory.detect;
import static com.slotledger.command.sitting.SittingHistory.exam;
import static com.slotledger.command.sitting.SittingHistory.lecture;
import static com.slotledger.command.sitting.SittingHistory.marked;
import static com.slotledger.command.sitting.SittingHistory.rejected;
import static com.slotledger.command.sitting.SittingHistory.start;
import static com.slotledger.command.sitting.SittingHistory.started;
import static com.slotledger.command.sitting.SittingHistory.stop;
import static com.slotledger.command.sitting.SittingHistory.stopped;
import static com.slotledger.command.sitting.SittingHistory.then;
import static com.slotledger.command.sitting.SlotFixtures.SLOT;

/** The status flow of the INITIAL pass and the session's own rules (one pass at a time, rescan after finalize). */
class AttendanceFlowTest {

    private AggregateTestFixture<Slot> fixture;

    @BeforeEach
    void setUp() {
        fixture = SlotFixtures.fixture();
    }

    @Test
    void anAssignedSupervisorStartsTheFirstPass() {
        fixture.given(exam(ANN))
                .when(start(SessionMode.INITIAL))
                .expectEvents(started(SessionMode.INITIAL));
    }

    @Test
    void initialNotYetDetectedBecomesPresent() {
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL)))
                .when(detect(ANN, "f1"))
                .expectEvents(accepted(ANN, SessionMode.INITIAL, "f1"), marked(ANN, NOT_YET, PRESENT, AttendanceMethod.AUTO));
    }

    @Test
    void initialAbsentDetectedBecomesPresent() {
        fixture.given(then(lecture(ANN), started(SessionMode.INITIAL), stopped(SessionMode.INITIAL),
                        marked(ANN, NOT_YET, ABSENT, AttendanceMethod.FINALIZE), started(SessionMode.INITIAL)))
                .when(detect(ANN, "f1"))
                .expectEvents(accepted(ANN, SessionMode.INITIAL, "f1"), marked(ANN, ABSENT, PRESENT, AttendanceMethod.AUTO));
    }

    @Test
    void finalizingMarksOnlyTheUndetectedNotYetAbsent() {
        fixture.given(then(exam(ANN, BOB), started(SessionMode.INITIAL), accepted(ANN, SessionMode.INITIAL, "f1"),
                        marked(ANN, NOT_YET, PRESENT, AttendanceMethod.AUTO)))
                .when(stop())
                .expectEvents(stopped(SessionMode.INITIAL), marked(BOB, NOT_YET, ABSENT, AttendanceMethod.FINALIZE));
    }

    @Test
    void finalizingNeverTurnsPresentIntoAbsent() {
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL), marked(ANN, NOT_YET, PRESENT, AttendanceMethod.MANUAL)))
                .when(stop())
                .expectEvents(stopped(SessionMode.INITIAL));
    }

    @Test
    void aWithdrawnStudentIsNeitherFinalizedNorDetected() {
        String participant = SittingIds.participant(SLOT, SUBJECT, ANN);
        fixture.given(then(exam(ANN), new ParticipantWithdrawn(SLOT, participant, ANN, "op", T), started(SessionMode.INITIAL)))
                .when(stop())
                .expectEvents(stopped(SessionMode.INITIAL));
        fixture.given(then(exam(ANN), new ParticipantWithdrawn(SLOT, participant, ANN, "op", T), started(SessionMode.INITIAL)))
                .when(detect(ANN, "f1"))
                .expectEvents(rejected(ANN, 0.9, SessionMode.INITIAL, "f1",
                        DetectionRejectionReason.NOT_ON_ROSTER));
    }

    @Test
    void onePassRunsAtATime() {
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL)))
                .when(start(SessionMode.INITIAL))
                .expectNoEvents()
                .expectException(rejected("SESSION_ALREADY_RUNNING"));
    }

    @Test
    void aRescanFollowsAFinalizedPass() {
        fixture.given(exam(ANN))
                .when(start(SessionMode.RESCAN))
                .expectNoEvents()
                .expectException(rejected("RESCAN_BEFORE_FINALIZE"));
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL), stopped(SessionMode.INITIAL),
                        marked(ANN, NOT_YET, ABSENT, AttendanceMethod.FINALIZE)))
                .when(start(SessionMode.RESCAN))
                .expectEvents(started(SessionMode.RESCAN));
    }

    @Test
    void onlyARunningPassStops() {
        fixture.given(exam(ANN))
                .when(stop())
                .expectNoEvents()
                .expectException(rejected("SESSION_NOT_RUNNING"));
    }

    @Test
    void aSupervisorNotAssignedToTheSlotControlsNoSession() {
        fixture.given(exam(ANN))
                .when(new StartSession(SLOT, SessionMode.INITIAL, "sup-2", false, T))
                .expectNoEvents()
                .expectException(rejected("NOT_ASSIGNED"));
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL)))
                .when(new StopSession(SLOT, "sup-2", false, T))
                .expectNoEvents()
                .expectException(rejected("NOT_ASSIGNED"));
    }

    @Test
    void anOperatorControlsEverySlotsSession() {
        fixture.given(exam(ANN))
                .when(new StartSession(SLOT, SessionMode.INITIAL, "operator-1", true, T))
                .expectEvents(new SessionStarted(SLOT, SessionMode.INITIAL, "operator-1", T));
    }

    @Test
    void aCancelledSlotStartsNoSession() {
        fixture.given(then(exam(ANN), new SlotCancelled(SLOT, "flood", "op", T)))
                .when(start(SessionMode.INITIAL))
                .expectNoEvents()
                .expectException(rejected("SLOT_INACTIVE"));
    }
}
