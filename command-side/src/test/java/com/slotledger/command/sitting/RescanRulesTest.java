package com.slotledger.command.sitting;

import com.slotledger.api.sitting.AttendanceMethod;
import com.slotledger.api.sitting.SessionMode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.slotledger.api.sitting.AttendanceStatus.ABSENT;
import static com.slotledger.api.sitting.AttendanceStatus.NOT_YET;
import static com.slotledger.api.sitting.AttendanceStatus.PRESENT;
import static com.slotledger.command.sitting.SittingHistory.ANN;
import static com.slotledger.command.sitting.SittingHistory.accepted;
import static com.slotledger.command.sitting.SittingHistory.detect;
import static com.slotledger.command.sitting.SittingHistory.exam;
import static com.slotledger.command.sitting.SittingHistory.lecture;
import static com.slotledger.command.sitting.SittingHistory.marked;
import static com.slotledger.command.sitting.SittingHistory.review;
import static com.slotledger.command.sitting.SittingHistory.started;
import static com.slotledger.command.sitting.SittingHistory.stop;
import static com.slotledger.command.sitting.SittingHistory.stopped;
import static com.slotledger.command.sitting.SittingHistory.then;

/**
 * The seed's RESCAN table, one test per cell: exam attendance trusts exam completion and lets late arrivals in;
 * regular (lecture) attendance keeps what it had and asks a person to review a disagreement.
 */
class RescanRulesTest {

    private AggregateTestFixture<Slot> fixture;

    @BeforeEach
    void setUp() {
        fixture = SlotFixtures.fixture();
    }

    /** Ann was marked as given after the first pass, and a rescan is running. */
    private static List<Object> rescanning(List<Object> roster, Object... annAfterFirstPass) {
        List<Object> history = then(roster, started(SessionMode.INITIAL));
        history.addAll(List.of(annAfterFirstPass));
        history.add(stopped(SessionMode.INITIAL));
        history.add(started(SessionMode.RESCAN));
        return history;
    }

    private static Object present() {
        return marked(ANN, NOT_YET, PRESENT, AttendanceMethod.AUTO);
    }

    private static Object absent() {
        return marked(ANN, NOT_YET, ABSENT, AttendanceMethod.FINALIZE);
    }

    @Test
    void examRescanPresentAndDetectedKeepsPresentAndClearsReview() {
        fixture.given(rescanning(exam(ANN), present(), review(ANN, true, "flagged")))
                .when(detect(ANN, "f1"))
                .expectEvents(accepted(ANN, SessionMode.RESCAN, "f1"), review(ANN, false, "detected in the RESCAN pass"));
    }

    @Test
    void examRescanPresentAndNotDetectedKeepsPresentTrustingExamCompletion() {
        fixture.given(rescanning(exam(ANN), present()))
                .when(stop())
                .expectEvents(stopped(SessionMode.RESCAN));
    }

    @Test
    void examRescanAbsentAndDetectedBecomesPresentAsALateArrival() {
        fixture.given(rescanning(exam(ANN), absent()))
                .when(detect(ANN, "f1"))
                .expectEvents(accepted(ANN, SessionMode.RESCAN, "f1"), marked(ANN, ABSENT, PRESENT, AttendanceMethod.AUTO));
    }

    @Test
    void examRescanAbsentAndNotDetectedStaysAbsent() {
        fixture.given(rescanning(exam(ANN), absent()))
                .when(stop())
                .expectEvents(stopped(SessionMode.RESCAN));
    }

    @Test
    void regularRescanPresentAndDetectedKeepsPresentAndClearsReview() {
        fixture.given(rescanning(lecture(ANN), present(), review(ANN, true, "flagged")))
                .when(detect(ANN, "f1"))
                .expectEvents(accepted(ANN, SessionMode.RESCAN, "f1"), review(ANN, false, "detected in the RESCAN pass"));
    }

    @Test
    void regularRescanPresentAndNotDetectedKeepsPresentButNeedsReview() {
        fixture.given(rescanning(lecture(ANN), present()))
                .when(stop())
                .expectEvents(stopped(SessionMode.RESCAN), review(ANN, true, "not detected in the RESCAN pass"));
    }

    @Test
    void regularRescanAbsentAndDetectedStaysAbsentButNeedsReview() {
        fixture.given(rescanning(lecture(ANN), absent()))
                .when(detect(ANN, "f1"))
                .expectEvents(accepted(ANN, SessionMode.RESCAN, "f1"), review(ANN, true, "detected in the RESCAN pass"));
    }

    @Test
    void regularRescanAbsentAndNotDetectedStaysAbsent() {
        fixture.given(rescanning(lecture(ANN), absent()))
                .when(stop())
                .expectEvents(stopped(SessionMode.RESCAN));
    }

    @Test
    void aSecondDetectionInTheSamePassChangesNothingMore() {
        fixture.given(then(rescanning(exam(ANN), absent()), accepted(ANN, SessionMode.RESCAN, "f1"),
                        marked(ANN, ABSENT, PRESENT, AttendanceMethod.AUTO)))
                .when(detect(ANN, "f2"))
                .expectEvents(accepted(ANN, SessionMode.RESCAN, "f2"));
    }
}
