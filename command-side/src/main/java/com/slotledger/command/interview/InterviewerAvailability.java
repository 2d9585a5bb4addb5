package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.ChangeAvailability;
import com.slotledger.api.interview.InterviewCommands.DefineAvailability;
import com.slotledger.api.interview.InterviewCommands.RemoveAvailability;
import com.slotledger.api.interview.InterviewEvents.AvailabilityChanged;
import com.slotledger.api.interview.InterviewEvents.AvailabilityDefined;
import com.slotledger.api.interview.InterviewEvents.AvailabilityRemoved;
import com.slotledger.api.interview.InterviewTypes.AvailabilityPattern;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One weekly availability pattern of an interviewer. */
@Revision("1")
public class InterviewerAvailability {

    @AggregateIdentifier
    private String availabilityId;
    private String interviewerId;
    private boolean removed;

    protected InterviewerAvailability() {
    }

    InterviewerAvailability(DefineAvailability command) {
        check(command.pattern());
        apply(new AvailabilityDefined(command.availabilityId(), command.pattern(), command.by(), command.at()));
    }

    void change(ChangeAvailability command) {
        requireNotRemoved();
        check(command.pattern());
        if (!interviewerId.equals(command.pattern().interviewerId())) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "An availability pattern keeps its interviewer.");
        }
        apply(new AvailabilityChanged(availabilityId, command.pattern(), command.by(), command.at()));
    }

    void remove(RemoveAvailability command) {
        requireNotRemoved();
        apply(new AvailabilityRemoved(availabilityId, command.by(), command.at()));
    }

    /** Rule "a pattern is a real span of a weekday, valid over a real range". */
    static void check(AvailabilityPattern pattern) {
        if (pattern.dayOfWeek() < 1 || pattern.dayOfWeek() > 7) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "dayOfWeek is 1 (Monday) to 7 (Sunday).");
        }
        if (!pattern.endTime().isAfter(pattern.startTime())) {
            throw new DomainRejection(ErrorCode.INVALID_SLOT_TIME, "An availability's end must be after its start.");
        }
        if (pattern.slotDuration() < 5 || pattern.breakDuration() < 0) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED,
                    "slotDuration must be at least 5 minutes and breakDuration not negative.");
        }
        if (pattern.maxSlotsPerDay() != null && pattern.maxSlotsPerDay() < 1) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "maxSlotsPerDay must be at least 1.");
        }
        if (pattern.validFrom() != null && pattern.validUntil() != null
                && pattern.validUntil().isBefore(pattern.validFrom())) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "validUntil must not be before validFrom.");
        }
        BusinessHours.zone(pattern.zone());
    }

    private void requireNotRemoved() {
        if (removed) {
            throw new DomainRejection(ErrorCode.AVAILABILITY_REMOVED, "The availability pattern was removed.");
        }
    }

    @EventSourcingHandler
    void on(AvailabilityDefined event) {
        availabilityId = event.availabilityId();
        interviewerId = event.pattern().interviewerId();
    }

    @EventSourcingHandler
    void on(AvailabilityRemoved event) {
        removed = true;
    }
}
