package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.CreateInterview;
import com.slotledger.api.interview.InterviewEvents.InterviewCreated;
import com.slotledger.command.shared.TargetedCommandResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.slotledger.command.interview.InterviewFixtures.ACME;
import static com.slotledger.command.interview.InterviewFixtures.NOW;
import static com.slotledger.command.shared.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An interview to be booked is registered with its candidate and company, so bookings can be scoped by them; it
 * refers to an active company and, if it names one, an active job of that company.
 */
class InterviewTest {

    private InterviewFixtures.Registry registry;
    private InterviewFixtures.Companies companies;

    @BeforeEach
    void setUp() {
        registry = new InterviewFixtures.Registry();
        companies = new InterviewFixtures.Companies();
    }

    private AggregateTestFixture<Interview> fixture() {
        AggregateTestFixture<Interview> fixture = new AggregateTestFixture<>(Interview.class);
        fixture.registerCommandTargetResolver(new TargetedCommandResolver());
        fixture.registerAnnotatedCommandHandler(new InterviewSetup(fixture.getRepository(), null, registry,
                new InterviewFixtures.Patterns(), companies));
        return fixture;
    }

    private static CreateInterview create(String companyId, String jobId) {
        return new CreateInterview("int-1", "cand-1", companyId, jobId, 2, "rec", NOW);
    }

    @Test
    void anInterviewIsCreatedForItsCandidateAndCompany() {
        fixture().givenNoPriorActivity()
                .when(create(ACME, "job-1"))
                .expectEvents(new InterviewCreated("int-1", "cand-1", ACME, "job-1", 2, "rec", NOW));
        assertEquals(new InterviewRegistry.InterviewRef("int-1", "cand-1", ACME), registry.interviews.get("int-1"));
    }

    @Test
    void anInterviewOfAnUnknownOrDeactivatedCompanyIsRefused() {
        fixture().givenNoPriorActivity()
                .when(create("nobody", null))
                .expectNoEvents()
                .expectException(rejected("COMPANY_NOT_FOUND"));
        companies.deactivateCompany(ACME);
        fixture().givenNoPriorActivity()
                .when(create(ACME, null))
                .expectNoEvents()
                .expectException(rejected("COMPANY_INACTIVE"));
        assertNull(registry.interviews.get("int-1"));
    }

    @Test
    void anInterviewsJobIsAnActiveJobOfItsOwnCompany() {
        fixture().givenNoPriorActivity()
                .when(create(ACME, "no-such-job"))
                .expectNoEvents()
                .expectException(rejected("JOB_NOT_FOUND"));
        fixture().givenNoPriorActivity()
                .when(create("globex", "job-1"))
                .expectNoEvents()
                .expectException(rejected("JOB_COMPANY_MISMATCH"));
        companies.deactivateJob("job-1");
        fixture().givenNoPriorActivity()
                .when(create(ACME, "job-1"))
                .expectNoEvents()
                .expectException(rejected("JOB_INACTIVE"));
    }
}
