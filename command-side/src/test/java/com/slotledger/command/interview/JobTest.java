package com.slotledger.command.interview;

import com.slotledger.api.interview.CompanyCommands.ChangeJob;
import com.slotledger.api.interview.CompanyCommands.CreateJob;
import com.slotledger.api.interview.CompanyCommands.DeactivateJob;
import com.slotledger.api.interview.CompanyEvents.JobChanged;
import com.slotledger.api.interview.CompanyEvents.JobCreated;
import com.slotledger.api.interview.CompanyEvents.JobDeactivated;
import com.slotledger.command.shared.TargetedCommandResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.slotledger.command.interview.InterviewFixtures.ACME;
import static com.slotledger.command.interview.InterviewFixtures.NOW;
import static com.slotledger.command.shared.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A job of one company: created for an active company, changed while active, deactivated once. */
class JobTest {

    private static final String JOB = "job-9";
    private static final Instant EARLIER = NOW.minusSeconds(3600);
    private static final JobCreated CREATED = new JobCreated(JOB, ACME, "Backend developer", null, "rec", EARLIER);

    private InterviewFixtures.Companies registry;

    @BeforeEach
    void setUp() {
        registry = new InterviewFixtures.Companies();
    }

    private AggregateTestFixture<Job> fixture() {
        AggregateTestFixture<Job> fixture = new AggregateTestFixture<>(Job.class);
        fixture.registerCommandTargetResolver(new TargetedCommandResolver());
        fixture.registerAnnotatedCommandHandler(new CompanyDirectory(null, fixture.getRepository(), registry));
        return fixture;
    }

    @Test
    void aJobIsCreatedForAnActiveCompany() {
        fixture().givenNoPriorActivity()
                .when(new CreateJob(JOB, ACME, "Backend developer", "Java", "rec", NOW))
                .expectEvents(new JobCreated(JOB, ACME, "Backend developer", "Java", "rec", NOW));
        assertEquals(ACME, registry.jobCompany.get(JOB));
    }

    @Test
    void aJobOfAnUnknownOrDeactivatedCompanyIsRefused() {
        fixture().givenNoPriorActivity()
                .when(new CreateJob(JOB, "nobody", "Backend developer", null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("COMPANY_NOT_FOUND"));
        registry.deactivateCompany(ACME);
        fixture().givenNoPriorActivity()
                .when(new CreateJob(JOB, ACME, "Backend developer", null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("COMPANY_INACTIVE"));
        assertNull(registry.jobCompany.get(JOB));
    }

    @Test
    void aJobNeedsATitle() {
        fixture().givenNoPriorActivity()
                .when(new CreateJob(JOB, ACME, "", null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("VALIDATION_FAILED"));
    }

    @Test
    void aChangedJobKeepsItsCompany() {
        fixture().given(CREATED)
                .when(new ChangeJob(JOB, "Senior backend developer", "Java, SQL", "rec", NOW))
                .expectEvents(new JobChanged(JOB, ACME, "Senior backend developer", "Java, SQL", "rec", NOW));
    }

    @Test
    void aChangeToWhatTheJobAlreadySaysRecordsNothing() {
        fixture().given(CREATED)
                .when(new ChangeJob(JOB, "Backend developer", null, "rec", NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDeactivationKeepsWhoWhenAndWhy() {
        registry.claimJob(JOB, ACME);
        fixture().given(CREATED)
                .when(new DeactivateJob(JOB, "filled", "rec", NOW))
                .expectEvents(new JobDeactivated(JOB, ACME, "filled", "rec", NOW));
        assertTrue(registry.inactiveJobs.contains(JOB));
    }

    @Test
    void aDeactivatedJobIsNeitherDeactivatedAgainNorChanged() {
        JobDeactivated deactivated = new JobDeactivated(JOB, ACME, null, "rec", EARLIER);
        fixture().given(CREATED, deactivated)
                .when(new DeactivateJob(JOB, null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("JOB_INACTIVE"));
        fixture().given(CREATED, deactivated)
                .when(new ChangeJob(JOB, "Other", null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("JOB_INACTIVE"));
    }

    @Test
    void anUnknownJobIsNotFound() {
        fixture().givenNoPriorActivity()
                .when(new ChangeJob("nope", "Other", null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("JOB_NOT_FOUND"));
    }
}
