package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.CreateInterview;
import com.slotledger.api.interview.InterviewEvents.InterviewCreated;
import com.slotledger.command.shared.TargetedCommandResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static com.slotledger.command.interview.InterviewFixtures.ACME;
import static com.slotledger.command.interview.InterviewFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An interview to be booked is registered with its candidate and company, so bookings can be scoped by them. */
class InterviewTest {

    @Test
    void anInterviewIsCreatedForItsCandidateAndCompany() {
        InterviewFixtures.Registry registry = new InterviewFixtures.Registry() {
            @Override
            void claimInterview(String interviewId, String candidateId, String companyId) {
                interviews.put(interviewId, new InterviewRef(interviewId, candidateId, companyId));
            }
        };
        AggregateTestFixture<Interview> fixture = new AggregateTestFixture<>(Interview.class);
        fixture.registerCommandTargetResolver(new TargetedCommandResolver());
        fixture.registerAnnotatedCommandHandler(new InterviewSetup(fixture.getRepository(), null, registry,
                new InterviewFixtures.Patterns()));
        fixture.givenNoPriorActivity()
                .when(new CreateInterview("int-1", "cand-1", ACME, "job-1", 2, "rec", NOW))
                .expectEvents(new InterviewCreated("int-1", "cand-1", ACME, "job-1", 2, "rec", NOW));
        assertEquals(new InterviewRegistry.InterviewRef("int-1", "cand-1", ACME), registry.interviews.get("int-1"));
    }
}
