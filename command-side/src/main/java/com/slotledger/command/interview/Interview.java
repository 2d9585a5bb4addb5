package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.CreateInterview;
import com.slotledger.api.interview.InterviewEvents.InterviewCreated;
import com.slotledger.api.shared.Revision;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An interview to be booked (candidate, job, round). Its times follow from the confirmed booking. */
@Revision("1")
public class Interview {

    @AggregateIdentifier
    private String interviewId;

    protected Interview() {
    }

    Interview(CreateInterview command) {
        apply(new InterviewCreated(command.interviewId(), command.candidateId(), command.companyId(), command.jobId(),
                command.round(), command.by(), command.at()));
    }

    @EventSourcingHandler
    void on(InterviewCreated event) {
        interviewId = event.interviewId();
    }
}
