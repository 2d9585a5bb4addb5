package com.slotledger.command.sitting;

import com.slotledger.api.sitting.AttendanceCommands.Evidence;
import com.slotledger.api.sitting.AttendanceCommands.RecognitionDetected;
import com.slotledger.api.sitting.AttendanceEvents.DetectionAccepted;
import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.api.sitting.AttendanceMethod;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.api.sitting.SlotEvents.SlotCancelled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.slotledger.api.sitting.AttendanceStatus.NOT_YET;
import static com.slotledger.api.sitting.AttendanceStatus.PRESENT;
import static com.slotledger.api.sitting.DetectionRejectionReason.DUPLICATE_FRAME;
import static com.slotledger.api.sitting.DetectionRejectionReason.KIND_MISMATCH;
import static com.slotledger.api.sitting.DetectionRejectionReason.LOW_CONFIDENCE;
import static com.slotledger.api.sitting.DetectionRejectionReason.MODE_MISMATCH;
import static com.slotledger.api.sitting.DetectionRejectionReason.NOT_ON_ROSTER;
import static com.slotledger.api.sitting.DetectionRejectionReason.SESSION_INACTIVE;
import static com.slotledger.api.sitting.DetectionRejectionReason.SLOT_INACTIVE;
import static com.slotledger.command.sitting.SittingHistory.ANN;
import static com.slotledger.command.sitting.SittingHistory.BOB;
import static com.slotledger.command.sitting.SittingHistory.T;
import static com.slotledger.command.sitting.SittingHistory.accepted;
import static com.slotledger.command.sitting.SittingHistory.attendance;
import static com.slotledger.command.sitting.SittingHistory.detect;
import static com.slotledger.command.sitting.SittingHistory.exam;
import static com.slotledger.command.sitting.SittingHistory.marked;
import static com.slotledger.command.sitting.SittingHistory.rejected;
import static com.slotledger.command.sitting.SittingHistory.started;
import static com.slotledger.command.sitting.SittingHistory.stopped;
import static com.slotledger.command.sitting.SittingHistory.then;
import static com.slotledger.command.sitting.SlotFixtures.SLOT;

/**
 * Rule "a detection counts only if ...": every rejected recognition is recorded with its reason, never dropped;
 * the fixture's configured confidence floor is 0.6.
 */
class DetectionRulesTest {

    private AggregateTestFixture<Slot> fixture;

    @BeforeEach
    void setUp() {
        fixture = SlotFixtures.fixture();
    }

    @Test
    void aDetectionWithoutARunningPassIsRecordedAsSessionInactive() {
        fixture.given(exam(ANN))
                .when(detect(ANN, "f1"))
                .expectEvents(rejected(ANN, 0.9, null, "f1", SESSION_INACTIVE));
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL), stopped(SessionMode.INITIAL)))
                .when(detect(ANN, 0.9, SessionMode.INITIAL, null, "f1"))
                .expectEvents(rejected(ANN, 0.9, SessionMode.INITIAL, "f1", SESSION_INACTIVE));
    }

    @Test
    void aDetectionForACancelledSlotIsRecordedAsSlotInactive() {
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL), new SlotCancelled(SLOT, "flood", "op", T)))
                .when(detect(ANN, "f1"))
                .expectEvents(rejected(ANN, 0.9, null, "f1", SLOT_INACTIVE));
    }

    @Test
    void aStudentNotOnTheRosterIsRecordedAsNotOnRoster() {
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL)))
                .when(detect(BOB, "f1"))
                .expectEvents(rejected(BOB, 0.9, SessionMode.INITIAL, "f1", NOT_ON_ROSTER));
    }

    @Test
    void aDetectionBelowTheConfiguredConfidenceIsRecordedAsLowConfidence() {
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL)))
                .when(detect(ANN, 0.59, null, null, "f1"))
                .expectEvents(rejected(ANN, 0.59, SessionMode.INITIAL, "f1", LOW_CONFIDENCE));
    }

    @Test
    void aDetectionAtExactlyTheConfiguredConfidenceCounts() {
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL)))
                .when(detect(ANN, 0.6, null, null, "f1"))
                .expectEvents(new DetectionAccepted(SLOT, ANN, attendance(ANN), 0.6, T, SessionMode.INITIAL, "f1", null,
                        null, null, "recognition", T), marked(ANN, NOT_YET, PRESENT, AttendanceMethod.AUTO));
    }

    @Test
    void theSameFrameForTheSameStudentIsRecordedAsDuplicate() {
        fixture.given(then(exam(ANN, BOB), started(SessionMode.INITIAL), accepted(ANN, SessionMode.INITIAL, "f1"),
                        marked(ANN, NOT_YET, PRESENT, AttendanceMethod.AUTO)))
                .when(detect(ANN, "f1"))
                .expectEvents(rejected(ANN, 0.9, SessionMode.INITIAL, "f1", DUPLICATE_FRAME));
    }

    @Test
    void oneFrameShowingTwoStudentsCountsForEach() {
        fixture.given(then(exam(ANN, BOB), started(SessionMode.INITIAL), accepted(ANN, SessionMode.INITIAL, "f1"),
                        marked(ANN, NOT_YET, PRESENT, AttendanceMethod.AUTO)))
                .when(detect(BOB, "f1"))
                .expectEvents(accepted(BOB, SessionMode.INITIAL, "f1"), marked(BOB, NOT_YET, PRESENT, AttendanceMethod.AUTO));
    }

    @Test
    void aDetectionForAnotherPassOrKindIsRecordedAsAMismatch() {
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL)))
                .when(detect(ANN, 0.9, SessionMode.RESCAN, null, "f1"))
                .expectEvents(rejected(ANN, 0.9, SessionMode.RESCAN, "f1", MODE_MISMATCH));
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL)))
                .when(detect(ANN, 0.9, null, AttendanceKind.REGULAR, "f1"))
                .expectEvents(rejected(ANN, 0.9, SessionMode.INITIAL, "f1", KIND_MISMATCH));
    }

    @Test
    void theEventKeepsOnlyTheEvidenceHashSizeAndType() {
        String hash = "a".repeat(64);
        fixture.given(then(exam(ANN), started(SessionMode.INITIAL)))
                .when(new RecognitionDetected(SLOT, ANN, 0.9, T, null, AttendanceKind.EXAM, null,
                        new Evidence(null, hash.toUpperCase(), "image/jpeg"), "recognition", T))
                .expectEvents(new DetectionAccepted(SLOT, ANN, attendance(ANN), 0.9, T, SessionMode.INITIAL, null, hash,
                        null, "image/jpeg", "recognition", T), marked(ANN, NOT_YET, PRESENT, AttendanceMethod.AUTO));
    }
}
