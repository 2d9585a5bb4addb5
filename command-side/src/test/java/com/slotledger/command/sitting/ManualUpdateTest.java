package com.slotledger.command.sitting;

import com.slotledger.api.sitting.AttendanceCommands.UpdateAttendance;
import com.slotledger.api.sitting.AttendanceEvents.AttendanceMarked;
import com.slotledger.api.sitting.AttendanceMethod;
import com.slotledger.api.sitting.AttendanceStatus;
import com.slotledger.api.sitting.SlotCategory;
import com.slotledger.api.sitting.SlotEvents.ParticipantAdded;
import com.slotledger.api.sitting.SlotEvents.SlotCancelled;
import com.slotledger.api.sitting.SlotEvents.SlotSubjectAssigned;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static com.slotledger.api.sitting.AttendanceStatus.ABSENT;
import static com.slotledger.api.sitting.AttendanceStatus.NOT_YET;
import static com.slotledger.api.sitting.AttendanceStatus.PRESENT;
import static com.slotledger.command.shared.Rejections.rejected;
import static com.slotledger.command.sitting.SittingHistory.ANN;
import static com.slotledger.command.sitting.SittingHistory.SUBJECT;
import static com.slotledger.command.sitting.SittingHistory.T;
import static com.slotledger.command.sitting.SittingHistory.attendance;
import static com.slotledger.command.sitting.SittingHistory.exam;
import static com.slotledger.command.sitting.SittingHistory.marked;
import static com.slotledger.command.sitting.SittingHistory.review;
import static com.slotledger.command.sitting.SittingHistory.then;
import static com.slotledger.command.sitting.SlotFixtures.SLOT;
import static com.slotledger.command.sitting.SlotFixtures.START;
import static com.slotledger.command.sitting.SlotFixtures.SUPERVISOR;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Manual attendance changes: rules "assigned supervisor" and "edit window" (from the slot's start to 23:59:59 of
 * its date in its zone; afterwards only an operator; before the start nobody), at the window's edges, on ordinary
 * and on DST days.
 */
class ManualUpdateTest {

    private static final String OPERATOR = "operator-1";

    private AggregateTestFixture<Slot> fixture;

    @BeforeEach
    void setUp() {
        fixture = SlotFixtures.fixture();
    }

    private static UpdateAttendance bySupervisor(AttendanceStatus status, Instant at) {
        return new UpdateAttendance(SLOT, attendance(ANN), status, "seen at the door", SUPERVISOR, false, at);
    }

    private static UpdateAttendance byOperator(AttendanceStatus status, Instant at) {
        return new UpdateAttendance(SLOT, attendance(ANN), status, "late paperwork", OPERATOR, true, at);
    }

    private static AttendanceMarked manual(AttendanceStatus from, AttendanceStatus to, String by, String remark, Instant at) {
        return new AttendanceMarked(attendance(ANN), SLOT, ANN, from, to, AttendanceMethod.MANUAL, remark, by, at);
    }

    /** An exam slot starting at {@code start} in {@code zone}, with Ann on its roster. */
    private static List<Object> examAt(Instant start, ZoneId zone) {
        List<Object> events = exam(ANN);
        events.set(0, SlotFixtures.scheduled(SlotCategory.FINAL_EXAM, start, zone));
        return events;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            // slot start (UTC),  zone,           one second before start, 23:59:59 local,      00:00:00 next local day
            "2026-12-01T08:00:00Z, Europe/Berlin, 2026-12-01T07:59:59Z, 2026-12-01T22:59:59Z, 2026-12-01T23:00:00Z",
            // 25-hour day (clocks go back): start-of-day + 24 h would close an hour early
            "2026-10-25T07:00:00Z, Europe/Berlin, 2026-10-25T06:59:59Z, 2026-10-25T22:59:59Z, 2026-10-25T23:00:00Z",
            // 23-hour day (clocks go forward): start-of-day + 24 h would close an hour late
            "2026-03-29T07:00:00Z, Europe/Berlin, 2026-03-29T06:59:59Z, 2026-03-29T21:59:59Z, 2026-03-29T22:00:00Z",
            // a slot late in the local evening: its UTC date is already the next day
            "2026-12-01T17:30:00Z, Asia/Ho_Chi_Minh, 2026-12-01T17:29:59Z, 2026-12-02T16:59:59Z, 2026-12-02T17:00:00Z"})
    void theEditWindowRunsFromTheStartTo235959LocalTime(Instant start, ZoneId zone, Instant beforeStart, Instant lastSecond,
                                                         Instant nextMidnight) {
        fixture.given(examAt(start, zone))
                .when(bySupervisor(PRESENT, beforeStart))
                .expectNoEvents()
                .expectException(rejected("EDIT_WINDOW_NOT_OPEN"));
        fixture.given(examAt(start, zone))
                .when(byOperator(PRESENT, beforeStart))
                .expectNoEvents()
                .expectException(rejected("EDIT_WINDOW_NOT_OPEN"));
        fixture.given(examAt(start, zone))
                .when(bySupervisor(PRESENT, start))
                .expectEvents(manual(NOT_YET, PRESENT, SUPERVISOR, "seen at the door", start));
        fixture.given(examAt(start, zone))
                .when(bySupervisor(PRESENT, lastSecond))
                .expectEvents(manual(NOT_YET, PRESENT, SUPERVISOR, "seen at the door", lastSecond));
        fixture.given(examAt(start, zone))
                .when(bySupervisor(PRESENT, nextMidnight))
                .expectNoEvents()
                .expectException(rejected("EDIT_WINDOW_CLOSED"));
        fixture.given(examAt(start, zone))
                .when(byOperator(PRESENT, nextMidnight))
                .expectEvents(manual(NOT_YET, PRESENT, OPERATOR, "late paperwork", nextMidnight));
    }

    @Test
    void presentBecomesAbsentOnlyByAPersonWithMethodManualAndTheRemark() {
        fixture.given(then(exam(ANN), marked(ANN, NOT_YET, PRESENT, AttendanceMethod.AUTO)))
                .when(bySupervisor(ABSENT, T))
                .expectEvents(manual(PRESENT, ABSENT, SUPERVISOR, "seen at the door", T));
    }

    @Test
    void aManualDecisionSettlesAPendingReview() {
        fixture.given(then(exam(ANN), marked(ANN, NOT_YET, PRESENT, AttendanceMethod.AUTO), review(ANN, true, "flagged")))
                .when(bySupervisor(PRESENT, T))
                .expectEvents(manual(PRESENT, PRESENT, SUPERVISOR, "seen at the door", T),
                        review(ANN, false, "manual decision"));
    }

    @Test
    void aSupervisorNotAssignedToTheSlotChangesNothing() {
        fixture.given(exam(ANN))
                .when(new UpdateAttendance(SLOT, attendance(ANN), PRESENT, null, "sup-2", false, T))
                .expectNoEvents()
                .expectException(rejected("NOT_ASSIGNED"));
    }

    @Test
    void aPersonSetsPresentOrAbsentNeverNotYet() {
        fixture.given(exam(ANN))
                .when(bySupervisor(NOT_YET, T))
                .expectNoEvents()
                .expectException(rejected("INVALID_STATUS"));
    }

    @Test
    void anUnknownRecordOrACancelledSlotIsRefused() {
        fixture.given(exam(ANN))
                .when(new UpdateAttendance(SLOT, "nobody", PRESENT, null, SUPERVISOR, false, T))
                .expectException(rejected("ATTENDANCE_NOT_FOUND"));
        fixture.given(then(exam(ANN), new SlotCancelled(SLOT, "flood", "op", START)))
                .when(bySupervisor(PRESENT, T))
                .expectException(rejected("SLOT_INACTIVE"));
    }

    @Test
    void theRecordOfAStudentWithSeveralSubjectsIsOne() {
        List<Object> history = then(exam(ANN), new SlotSubjectAssigned(SLOT, "dbi", "op", T),
                new ParticipantAdded(SLOT, SittingIds.participant(SLOT, "dbi", ANN), "dbi", ANN, "op", T));
        fixture.given(history)
                .when(bySupervisor(PRESENT, T))
                .expectEvents(manual(NOT_YET, PRESENT, SUPERVISOR, "seen at the door", T));
        assertNotEquals(SittingIds.participant(SLOT, SUBJECT, ANN),
                SittingIds.participant(SLOT, "dbi", ANN));
    }
}
