package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.BookInterview;
import com.slotledger.api.interview.InterviewCommands.CancelBooking;
import com.slotledger.api.interview.InterviewCommands.CancelSlot;
import com.slotledger.api.interview.InterviewCommands.CompleteSlot;
import com.slotledger.api.interview.InterviewEvents.BookingCancelled;
import com.slotledger.api.interview.InterviewEvents.BookingConfirmed;
import com.slotledger.api.interview.InterviewEvents.ConflictDetected;
import com.slotledger.api.interview.InterviewEvents.ConflictResolved;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotCancelled;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotCompleted;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotFilled;
import com.slotledger.api.interview.InterviewTypes.ConflictResolution;
import com.slotledger.api.interview.InterviewTypes.ConflictType;
import com.slotledger.api.interview.InterviewTypes.ScheduleStatus;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.slotledger.command.interview.InterviewFixtures.ACME;
import static com.slotledger.command.interview.InterviewFixtures.END;
import static com.slotledger.command.interview.InterviewFixtures.IVY;
import static com.slotledger.command.interview.InterviewFixtures.NOW;
import static com.slotledger.command.interview.InterviewFixtures.SLOT;
import static com.slotledger.command.interview.InterviewFixtures.START;
import static com.slotledger.command.interview.InterviewFixtures.booked;
import static com.slotledger.command.interview.InterviewFixtures.created;
import static com.slotledger.command.shared.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A slot ends CANCELLED (before its end, taking its live bookings with it) or COMPLETED (after its end), once. */
class SlotLifecycleTest {

    private static final BookingCancelled B1_CANCELLED = new BookingCancelled(SLOT, "b1", "i1", ScheduleStatus.CANCELLED,
            "ill", "cand", NOW);

    private InterviewFixtures.Registry registry;
    private AggregateTestFixture<InterviewSlot> fixture;

    @BeforeEach
    void setUp() {
        registry = new InterviewFixtures.Registry().withSlot().withInterview("i1", ACME).withInterview("i2", ACME)
                .withInterview("i3", ACME);
        fixture = InterviewFixtures.slotFixture(registry, new InterviewFixtures.Patterns(), BusinessHours.DEFAULT);
    }

    @Test
    void cancellingASlotCancelsEachLiveBookingWithTheSlotsReasonThenTheSlot() {
        registry.withBooking("b2", "i2").withBooking("b3", "i3");
        fixture.given(created(3), booked("b1", "i1"), B1_CANCELLED, booked("b2", "i2"), booked("b3", "i3"),
                        new BookingConfirmed(SLOT, "b3", "i3", START, END, IVY, NOW))
                .when(new CancelSlot(SLOT, "interviewer ill", "rec", NOW))
                .expectEvents(
                        new BookingCancelled(SLOT, "b2", "i2", ScheduleStatus.CANCELLED, "interviewer ill", "rec", NOW),
                        new BookingCancelled(SLOT, "b3", "i3", ScheduleStatus.CANCELLED, "interviewer ill", "rec", NOW),
                        new InterviewSlotCancelled(SLOT, "interviewer ill", "rec", NOW));
        assertTrue(registry.live.isEmpty(), "the candidates' times and interviews are free again");
    }

    @Test
    void cancellingAFullSlotCancelsItWithoutReopeningIt() {
        registry.withBooking("b2", "i2");
        fixture.given(created(1), booked("b2", "i2"), new InterviewSlotFilled(SLOT, NOW))
                .when(new CancelSlot(SLOT, null, "rec", NOW))
                .expectEvents(new BookingCancelled(SLOT, "b2", "i2", ScheduleStatus.CANCELLED, null, "rec", NOW),
                        new InterviewSlotCancelled(SLOT, null, "rec", NOW));
    }

    @Test
    void cancellingASlotResolvesItsPendingConflictAsCancelled() {
        String conflict = InterviewSlot.unavailableId(SLOT);
        fixture.given(created(1), new ConflictDetected(conflict, ConflictType.INTERVIEWER_UNAVAILABLE, SLOT, null, IVY,
                        ACME, "outside availability", NOW))
                .when(new CancelSlot(SLOT, "moved", "rec", NOW))
                .expectEvents(new ConflictResolved(conflict, ConflictResolution.CANCELLED, "The slot was cancelled.",
                                "rec", NOW),
                        new InterviewSlotCancelled(SLOT, "moved", "rec", NOW));
    }

    @Test
    void aCancelledSlotIsNeitherCancelledAgainNorCompletedNorBooked() {
        InterviewSlotCancelled cancelled = new InterviewSlotCancelled(SLOT, null, "rec", NOW);
        fixture.given(created(2), cancelled)
                .when(new CancelSlot(SLOT, "again", "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("SLOT_CLOSED"));
        InterviewFixtures.slotFixture(registry, new InterviewFixtures.Patterns(), BusinessHours.DEFAULT)
                .given(created(2), cancelled)
                .when(new CompleteSlot(SLOT, "rec", END))
                .expectNoEvents()
                .expectException(rejected("SLOT_CLOSED"));
        InterviewFixtures.slotFixture(registry, new InterviewFixtures.Patterns(), BusinessHours.DEFAULT)
                .given(created(2), cancelled)
                .when(new BookInterview(SLOT, "b9", "i1", null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("SLOT_NOT_BOOKABLE"));
    }

    @Test
    void aSlotThatHasEndedIsNotCancelledButCompleted() {
        fixture.given(created(1))
                .when(new CancelSlot(SLOT, "too late", "rec", END))
                .expectNoEvents()
                .expectException(rejected("SLOT_ENDED"));
    }

    @Test
    void aSlotIsCompletedAfterItsEndAndItsBookingsKeepTheirStatus() {
        fixture.given(created(2), booked("b1", "i1"), new BookingConfirmed(SLOT, "b1", "i1", START, END, IVY, NOW))
                .when(new CompleteSlot(SLOT, IVY, END.plusSeconds(60)))
                .expectEvents(new InterviewSlotCompleted(SLOT, IVY, END.plusSeconds(60)));
    }

    @Test
    void aSlotIsNotCompletedBeforeItsEnd() {
        fixture.given(created(1))
                .when(new CompleteSlot(SLOT, IVY, END.minusSeconds(1)))
                .expectNoEvents()
                .expectException(rejected("SLOT_NOT_ENDED"));
    }

    @Test
    void aCompletedSlotIsCompletedOnceAndNeverCancelled() {
        InterviewSlotCompleted completed = new InterviewSlotCompleted(SLOT, IVY, END);
        fixture.given(created(1), completed)
                .when(new CompleteSlot(SLOT, IVY, END.plusSeconds(60)))
                .expectNoEvents()
                .expectException(rejected("SLOT_CLOSED"));
        InterviewFixtures.slotFixture(registry, new InterviewFixtures.Patterns(), BusinessHours.DEFAULT)
                .given(created(1), completed)
                .when(new CancelSlot(SLOT, null, "rec", END.plusSeconds(60)))
                .expectNoEvents()
                .expectException(rejected("SLOT_CLOSED"));
    }

    /** Over HTTP the refusal rolls back the freed seat and candidate time too (one transaction). */
    @Test
    void aBookingOfACompletedSlotIsHistoryAndIsNotCancelled() {
        registry.withBooking("b1", "i1");
        fixture.given(created(1), booked("b1", "i1"), new InterviewSlotCompleted(SLOT, IVY, END))
                .when(new CancelBooking(SLOT, "b1", "no-show", "rec", END.plusSeconds(60)))
                .expectNoEvents()
                .expectException(rejected("SLOT_CLOSED"));
    }
}
