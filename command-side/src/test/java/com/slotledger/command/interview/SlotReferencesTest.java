package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.CreateInterviewSlot;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotCreated;
import com.slotledger.api.interview.InterviewTypes.SlotSpec;
import com.slotledger.api.interview.InterviewTypes.SlotType;
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
import static com.slotledger.command.interview.InterviewFixtures.everyDay;
import static com.slotledger.command.shared.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a single slot must refer to (an active company, and an active job of that company if it names one), and how
 * many slots its interviewer's day may hold: the covering pattern's maxSlotsPerDay, as for a series.
 */
class SlotReferencesTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    private InterviewFixtures.Registry registry;
    private InterviewFixtures.Patterns patterns;
    private InterviewFixtures.Companies companies;

    @BeforeEach
    void setUp() {
        registry = new InterviewFixtures.Registry();
        patterns = new InterviewFixtures.Patterns().with(everyDay(BERLIN, 2, null, null));
        companies = new InterviewFixtures.Companies();
    }

    private AggregateTestFixture<InterviewSlot> fixture() {
        return InterviewFixtures.slotFixture(registry, patterns, BusinessHours.DEFAULT, companies);
    }

    private static SlotSpec spec(String companyId, String jobId, Instant start, Instant end) {
        return new SlotSpec(SlotType.FIXED, IVY, companyId, jobId, start, end, BERLIN, 1, null);
    }

    private static CreateInterviewSlot create(SlotSpec spec) {
        return new CreateInterviewSlot(SLOT, spec, "rec", NOW);
    }

    @Test
    void aSlotOfAnUnknownOrDeactivatedCompanyIsRefused() {
        fixture().givenNoPriorActivity()
                .when(create(spec("nobody", null, START, END)))
                .expectNoEvents()
                .expectException(rejected("COMPANY_NOT_FOUND"));
        companies.deactivateCompany(ACME);
        fixture().givenNoPriorActivity()
                .when(create(spec(ACME, null, START, END)))
                .expectNoEvents()
                .expectException(rejected("COMPANY_INACTIVE"));
        assertEquals(0, registry.claimed.size(), "a refused slot claims no time");
    }

    @Test
    void aSlotsJobIsAnExistingActiveJobOfItsOwnCompany() {
        fixture().givenNoPriorActivity()
                .when(create(spec(ACME, "no-such-job", START, END)))
                .expectNoEvents()
                .expectException(rejected("JOB_NOT_FOUND"));
        fixture().givenNoPriorActivity()
                .when(create(spec("globex", "job-1", START, END)))
                .expectNoEvents()
                .expectException(rejected("JOB_COMPANY_MISMATCH"));
        companies.deactivateJob("job-1");
        fixture().givenNoPriorActivity()
                .when(create(spec(ACME, "job-1", START, END)))
                .expectNoEvents()
                .expectException(rejected("JOB_INACTIVE"));
    }

    @Test
    void aSingleSlotOnADayThatHoldsItsPatternsMaximumIsRefused() {
        registry.claimSlot("morning", START.minusSeconds(7200), START.minusSeconds(3600), TUESDAY);
        SlotSpec second = spec(ACME, "job-1", START, END);
        fixture().givenNoPriorActivity()
                .when(create(second))
                .expectEvents(new InterviewSlotCreated(SLOT, second, null, null, "rec", NOW));
        fixture().givenNoPriorActivity()
                .when(new CreateInterviewSlot("slot-3", spec(ACME, null, END, END.plusSeconds(3600)), "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("MAX_SLOTS_PER_DAY"));
        assertEquals(2, registry.perDay.get(TUESDAY));
    }

    @Test
    void aSingleSlotInNoPatternHasNoDailyMaximum() {
        patterns.rows.clear();
        registry.claimSlot("morning", START.minusSeconds(7200), START.minusSeconds(3600), TUESDAY);
        registry.claimSlot("late", END, END.plusSeconds(3600), TUESDAY);
        fixture().givenNoPriorActivity()
                .when(create(spec(ACME, null, START, END)))
                .expectSuccessfulHandlerExecution();
        assertEquals(3, registry.perDay.get(TUESDAY));
    }

    @Test
    void aSlotOverlappingItsInterviewersOtherIsRefused() {
        registry.claimSlot("other", START.plusSeconds(1800), END.plusSeconds(1800), TUESDAY);
        fixture().givenNoPriorActivity()
                .when(create(spec(ACME, null, START, END)))
                .expectNoEvents()
                .expectException(rejected("INTERVIEWER_OVERLAP"));
    }
}
