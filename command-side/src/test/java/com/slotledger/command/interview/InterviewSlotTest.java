package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.BookInterview;
import com.slotledger.api.interview.InterviewCommands.CancelBooking;
import com.slotledger.api.interview.InterviewCommands.ConfirmBooking;
import com.slotledger.api.interview.InterviewCommands.CreateInterviewSlot;
import com.slotledger.api.interview.InterviewEvents.BookingCancelled;
import com.slotledger.api.interview.InterviewEvents.BookingConfirmed;
import com.slotledger.api.interview.InterviewEvents.ConflictDetected;
import com.slotledger.api.interview.InterviewEvents.InterviewBooked;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotCreated;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotFilled;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotReopened;
import com.slotledger.api.interview.InterviewTypes.ConflictType;
import com.slotledger.api.interview.InterviewTypes.ScheduleStatus;
import com.slotledger.api.interview.InterviewTypes.SlotSpec;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static com.slotledger.command.interview.InterviewFixtures.ACME;
import static com.slotledger.command.interview.InterviewFixtures.BERLIN;
import static com.slotledger.command.interview.InterviewFixtures.END;
import static com.slotledger.command.interview.InterviewFixtures.IVY;
import static com.slotledger.command.interview.InterviewFixtures.NOW;
import static com.slotledger.command.interview.InterviewFixtures.SLOT;
import static com.slotledger.command.interview.InterviewFixtures.START;
import static com.slotledger.command.interview.InterviewFixtures.booked;
import static com.slotledger.command.interview.InterviewFixtures.created;
import static com.slotledger.command.interview.InterviewFixtures.everyDay;
import static com.slotledger.command.interview.InterviewFixtures.spec;
import static com.slotledger.command.shared.Rejections.rejected;

/** A slot's own rules: when it may exist, and its capacity, bookings and their confirmation. */
class InterviewSlotTest {

    private InterviewFixtures.Registry registry;
    private InterviewFixtures.Patterns patterns;
    private AggregateTestFixture<InterviewSlot> fixture;

    @BeforeEach
    void setUp() {
        registry = new InterviewFixtures.Registry().withSlot().withInterview("i1", ACME).withInterview("i2", ACME)
                .withInterview("i3", ACME).withInterview("foreign", "globex");
        patterns = new InterviewFixtures.Patterns().with(everyDay(BERLIN, null, null, null));
        fixture = fixture(BusinessHours.DEFAULT);
    }

    private AggregateTestFixture<InterviewSlot> fixture(BusinessHours hours) {
        return InterviewFixtures.slotFixture(registry, patterns, hours);
    }

    private CreateInterviewSlot create(SlotSpec spec) {
        return new CreateInterviewSlot(SLOT, spec, "rec", NOW);
    }

    @Test
    void aSlotInsideBusinessHoursAndAvailabilityIsCreated() {
        SlotSpec spec = spec(START, END, BERLIN, 2);
        fixture.givenNoPriorActivity()
                .when(create(spec))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterviewSlotCreated(SLOT, spec, null, null, "rec", NOW));
    }

    @Test
    void aSlotMustEndAfterItStarts() {
        fixture.givenNoPriorActivity()
                .when(create(spec(END, START, BERLIN, 1)))
                .expectNoEvents()
                .expectException(rejected("INVALID_SLOT_TIME"));
        fixture(BusinessHours.DEFAULT).givenNoPriorActivity()
                .when(create(spec(START, START, BERLIN, 1)))
                .expectNoEvents()
                .expectException(rejected("INVALID_SLOT_TIME"));
    }

    @Test
    void aSlotMustStartInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(create(spec(NOW, NOW.plusSeconds(3600), "UTC", 1)))
                .expectNoEvents()
                .expectException(rejected("SLOT_IN_PAST"));
    }

    @Test
    void businessHoursAreReadInTheSlotsOwnZone() {
        // 07:30–08:30 UTC is 08:30–09:30 in Berlin: inside its hours, though outside them in UTC
        Instant start = Instant.parse("2026-12-01T07:30:00Z");
        fixture.givenNoPriorActivity()
                .when(create(spec(start, start.plusSeconds(3600), BERLIN, 1)))
                .expectSuccessfulHandlerExecution();
        fixture(BusinessHours.DEFAULT).givenNoPriorActivity()
                .when(create(spec(start, start.plusSeconds(3600), "UTC", 1)))
                .expectNoEvents()
                .expectException(rejected("OUTSIDE_BUSINESS_HOURS"));
        // 21:30–22:30 in New York ends after closing time
        Instant late = Instant.parse("2026-12-02T02:30:00Z");
        fixture(BusinessHours.DEFAULT).givenNoPriorActivity()
                .when(create(spec(late, late.plusSeconds(3600), "America/New_York", 1)))
                .expectNoEvents()
                .expectException(rejected("OUTSIDE_BUSINESS_HOURS"));
    }

    @Test
    void aSlotSpanningTwoDaysIsOutsideBusinessHours() {
        BusinessHours allDay = new BusinessHours(java.time.LocalTime.MIN, java.time.LocalTime.MAX);
        Instant start = Instant.parse("2026-12-01T22:30:00Z"); // 23:30 in Berlin, ending 00:30 the next day
        fixture(allDay).givenNoPriorActivity()
                .when(create(spec(start, start.plusSeconds(3600), BERLIN, 1)))
                .expectNoEvents()
                .expectException(rejected("OUTSIDE_BUSINESS_HOURS"));
    }

    @Test
    void anUnknownZoneIsBadInput() {
        fixture.givenNoPriorActivity()
                .when(create(spec(START, END, "Mars/Olympus", 1)))
                .expectNoEvents()
                .expectException(rejected("VALIDATION_FAILED"));
    }

    @Test
    void aSlotTakesAtLeastOneCandidate() {
        fixture.givenNoPriorActivity()
                .when(create(spec(START, END, BERLIN, 0)))
                .expectNoEvents()
                .expectException(rejected("VALIDATION_FAILED"));
    }

    @Test
    void aSlotOutsideEveryAvailabilityPatternRecordsAnInterviewerUnavailableConflict() {
        patterns.rows.clear();
        patterns.with(everyDay(BERLIN, null, null, LocalDate.of(2026, 11, 30)));
        SlotSpec spec = spec(START, END, BERLIN, 1);
        fixture.givenNoPriorActivity()
                .when(create(spec))
                .expectEvents(new InterviewSlotCreated(SLOT, spec, null, null, "rec", NOW),
                        new ConflictDetected(InterviewSlot.unavailableId(SLOT), ConflictType.INTERVIEWER_UNAVAILABLE, SLOT,
                                null, IVY, ACME, "The slot " + START + " – " + END
                                + " lies in no availability pattern of its interviewer.", NOW));
    }

    @Test
    void aSlotInsideAnAvailabilityPatternRecordsNoConflict() {
        SlotSpec spec = spec(START, END, BERLIN, 1);
        fixture.givenNoPriorActivity()
                .when(create(spec))
                .expectEvents(new InterviewSlotCreated(SLOT, spec, null, null, "rec", NOW));
    }

    @Test
    void aBookingBelowCapacityLeavesTheSlotAvailable() {
        fixture.given(created(2))
                .when(new BookInterview(SLOT, "b1", "i1", "first", "rec", NOW))
                .expectEvents(new InterviewBooked(SLOT, "b1", "i1", "cand-i1", ACME, IVY, START, END, "first", "rec", NOW));
    }

    @Test
    void bookingTheLastSeatFillsTheSlot() {
        fixture.given(created(2), booked("b1", "i1"))
                .when(new BookInterview(SLOT, "b2", "i2", null, "rec", NOW))
                .expectEvents(new InterviewBooked(SLOT, "b2", "i2", "cand-i2", ACME, IVY, START, END, null, "rec", NOW),
                        new InterviewSlotFilled(SLOT, NOW));
    }

    @Test
    void aFullSlotTakesNoMoreBookings() {
        fixture.given(created(2), booked("b1", "i1"), booked("b2", "i2"), new InterviewSlotFilled(SLOT, NOW))
                .when(new BookInterview(SLOT, "b3", "i3", null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("SLOT_FULL"));
    }

    @Test
    void aCancelledBookingFreesItsSeatForTheNext() {
        fixture.given(created(1), booked("b1", "i1"), new InterviewSlotFilled(SLOT, NOW),
                        new BookingCancelled(SLOT, "b1", "i1", ScheduleStatus.CANCELLED, "ill", "rec", NOW),
                        new InterviewSlotReopened(SLOT, NOW))
                .when(new BookInterview(SLOT, "b2", "i2", null, "rec", NOW))
                .expectEvents(new InterviewBooked(SLOT, "b2", "i2", "cand-i2", ACME, IVY, START, END, null, "rec", NOW),
                        new InterviewSlotFilled(SLOT, NOW));
    }

    @Test
    void cancellingABookingOfAFullSlotMakesItAvailableAgain() {
        registry.withBooking("b1", "i1");
        fixture.given(created(1), booked("b1", "i1"), new InterviewSlotFilled(SLOT, NOW))
                .when(new CancelBooking(SLOT, "b1", "ill", "cand", NOW))
                .expectEvents(new BookingCancelled(SLOT, "b1", "i1", ScheduleStatus.CANCELLED, "ill", "cand", NOW),
                        new InterviewSlotReopened(SLOT, NOW));
    }

    @Test
    void cancellingABookingOfASlotWithSeatsLeftOnlyEndsTheBooking() {
        registry.withBooking("b1", "i1");
        fixture.given(created(3), booked("b1", "i1"))
                .when(new CancelBooking(SLOT, "b1", null, "rec", NOW))
                .expectEvents(new BookingCancelled(SLOT, "b1", "i1", ScheduleStatus.CANCELLED, null, "rec", NOW));
    }

    @Test
    void aBookingIsCancelledOnlyOnce() {
        registry.withBooking("b1", "i1");
        registry.releaseBooking("b1");
        fixture.given(created(1), booked("b1", "i1"),
                        new BookingCancelled(SLOT, "b1", "i1", ScheduleStatus.CANCELLED, null, "rec", NOW))
                .when(new CancelBooking(SLOT, "b1", null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("BOOKING_NOT_ACTIVE"));
    }

    @Test
    void confirmingABookingCarriesTheSlotsTimesToTheInterview() {
        fixture.given(created(1), booked("b1", "i1"))
                .when(new ConfirmBooking(SLOT, "b1", "ivy", NOW))
                .expectEvents(new BookingConfirmed(SLOT, "b1", "i1", START, END, "ivy", NOW));
    }

    @Test
    void aBookingIsConfirmedOnce() {
        fixture.given(created(1), booked("b1", "i1"), new BookingConfirmed(SLOT, "b1", "i1", START, END, "ivy", NOW))
                .when(new ConfirmBooking(SLOT, "b1", "ivy", NOW))
                .expectNoEvents()
                .expectException(rejected("BOOKING_ALREADY_CONFIRMED"));
    }

    @Test
    void aCancelledBookingCannotBeConfirmed() {
        fixture.given(created(1), booked("b1", "i1"),
                        new BookingCancelled(SLOT, "b1", "i1", ScheduleStatus.CANCELLED, null, "rec", NOW))
                .when(new ConfirmBooking(SLOT, "b1", "ivy", NOW))
                .expectNoEvents()
                .expectException(rejected("BOOKING_NOT_ACTIVE"));
    }

    @Test
    void anUnknownBookingCannotBeConfirmed() {
        fixture.given(created(1))
                .when(new ConfirmBooking(SLOT, "nope", "ivy", NOW))
                .expectNoEvents()
                .expectException(rejected("SCHEDULE_NOT_FOUND"));
    }

    @Test
    void aSlotThatHasStartedTakesNoBookings() {
        fixture.given(created(2))
                .when(new BookInterview(SLOT, "b1", "i1", null, "rec", START))
                .expectNoEvents()
                .expectException(rejected("SLOT_NOT_BOOKABLE"));
    }

    @Test
    void anInterviewIsBookedOnlyWithItsOwnCompanysSlots() {
        fixture.given(created(2))
                .when(new BookInterview(SLOT, "b1", "foreign", null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("INTERVIEW_COMPANY_MISMATCH"));
    }

    @Test
    void anInterviewTakesOneSeatOfASlot() {
        fixture.given(created(3), booked("b1", "i1"))
                .when(new BookInterview(SLOT, "b2", "i1", null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("INTERVIEW_ALREADY_BOOKED"));
    }
}
