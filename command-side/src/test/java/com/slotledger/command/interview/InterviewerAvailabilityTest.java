package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.ChangeAvailability;
import com.slotledger.api.interview.InterviewCommands.DefineAvailability;
import com.slotledger.api.interview.InterviewCommands.RemoveAvailability;
import com.slotledger.api.interview.InterviewEvents.AvailabilityChanged;
import com.slotledger.api.interview.InterviewEvents.AvailabilityDefined;
import com.slotledger.api.interview.InterviewEvents.AvailabilityRemoved;
import com.slotledger.api.interview.InterviewTypes.AvailabilityPattern;
import com.slotledger.command.shared.TargetedCommandResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static com.slotledger.command.interview.InterviewFixtures.ACME;
import static com.slotledger.command.interview.InterviewFixtures.BERLIN;
import static com.slotledger.command.interview.InterviewFixtures.IVY;
import static com.slotledger.command.interview.InterviewFixtures.NOW;
import static com.slotledger.command.shared.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** An interviewer's weekly availability: a real span of one weekday, valid over a real range, until removed. */
class InterviewerAvailabilityTest {

    private static final String ID = "av-1";
    private static final AvailabilityPattern MONDAYS = pattern(IVY, 1, "09:00", "17:00", 2, "2026-12-01", "2027-06-30");

    private InterviewFixtures.Patterns lookup;
    private InterviewFixtures.Companies companies;
    private AggregateTestFixture<InterviewerAvailability> fixture;

    @BeforeEach
    void setUp() {
        lookup = new InterviewFixtures.Patterns();
        companies = new InterviewFixtures.Companies();
        fixture = new AggregateTestFixture<>(InterviewerAvailability.class);
        fixture.registerCommandTargetResolver(new TargetedCommandResolver());
        fixture.registerAnnotatedCommandHandler(new InterviewSetup(null, fixture.getRepository(),
                new InterviewFixtures.Registry(), lookup, companies));
    }

    private static AvailabilityPattern pattern(String interviewer, int day, String from, String to, Integer max,
                                               String validFrom, String validUntil) {
        return new AvailabilityPattern(interviewer, ACME, day, LocalTime.parse(from), LocalTime.parse(to), 60, 15, true,
                max, validFrom == null ? null : LocalDate.parse(validFrom),
                validUntil == null ? null : LocalDate.parse(validUntil), BERLIN);
    }

    @Test
    void aPatternIsDefinedAndKeptForSlotCreationToJudgeBy() {
        fixture.givenNoPriorActivity()
                .when(new DefineAvailability(ID, MONDAYS, "rec", NOW))
                .expectEvents(new AvailabilityDefined(ID, MONDAYS, "rec", NOW));
        assertEquals(MONDAYS, lookup.saved.get(ID));
    }

    @Test
    void aPatternOfADeactivatedCompanyIsRefused() {
        companies.deactivateCompany(ACME);
        fixture.givenNoPriorActivity()
                .when(new DefineAvailability(ID, MONDAYS, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("COMPANY_INACTIVE"));
        assertFalse(lookup.saved.containsKey(ID));
    }

    @Test
    void theDayOfWeekIsOneToSeven() {
        fixture.givenNoPriorActivity()
                .when(new DefineAvailability(ID, pattern(IVY, 8, "09:00", "17:00", null, null, null), "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("VALIDATION_FAILED"));
        assertFalse(lookup.saved.containsKey(ID));
    }

    @Test
    void aPatternEndsAfterItStarts() {
        fixture.givenNoPriorActivity()
                .when(new DefineAvailability(ID, pattern(IVY, 1, "17:00", "09:00", null, null, null), "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("INVALID_SLOT_TIME"));
    }

    @Test
    void validUntilIsNotBeforeValidFrom() {
        fixture.givenNoPriorActivity()
                .when(new DefineAvailability(ID, pattern(IVY, 1, "09:00", "17:00", null, "2027-01-02", "2027-01-01"), "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("VALIDATION_FAILED"));
    }

    @Test
    void maxSlotsPerDayIsAtLeastOne() {
        fixture.givenNoPriorActivity()
                .when(new DefineAvailability(ID, pattern(IVY, 1, "09:00", "17:00", 0, null, null), "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("VALIDATION_FAILED"));
    }

    @Test
    void aPatternIsChangedButKeepsItsInterviewer() {
        AvailabilityPattern longer = pattern(IVY, 1, "08:00", "18:00", 3, null, null);
        fixture.given(new AvailabilityDefined(ID, MONDAYS, "rec", NOW))
                .when(new ChangeAvailability(ID, longer, "rec", NOW))
                .expectEvents(new AvailabilityChanged(ID, longer, "rec", NOW));
        assertEquals(longer, lookup.saved.get(ID));

        fixture.given(new AvailabilityDefined(ID, MONDAYS, "rec", NOW))
                .when(new ChangeAvailability(ID, pattern("someone-else", 1, "08:00", "18:00", 3, null, null), "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("VALIDATION_FAILED"));
    }

    @Test
    void aRemovedPatternIsNeitherChangedNorRemovedAgain() {
        fixture.given(new AvailabilityDefined(ID, MONDAYS, "rec", NOW))
                .when(new RemoveAvailability(ID, "rec", NOW))
                .expectEvents(new AvailabilityRemoved(ID, "rec", NOW));

        fixture.given(new AvailabilityDefined(ID, MONDAYS, "rec", NOW), new AvailabilityRemoved(ID, "rec", NOW))
                .when(new ChangeAvailability(ID, MONDAYS, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("AVAILABILITY_REMOVED"));
    }
}
