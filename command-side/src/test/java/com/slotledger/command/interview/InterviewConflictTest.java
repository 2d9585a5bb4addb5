package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.ResolveConflict;
import com.slotledger.api.interview.InterviewEvents.ConflictDetected;
import com.slotledger.api.interview.InterviewEvents.ConflictResolved;
import com.slotledger.api.interview.InterviewTypes.ConflictResolution;
import com.slotledger.api.interview.InterviewTypes.ConflictType;
import com.slotledger.command.shared.TargetedCommandResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.slotledger.command.interview.InterviewFixtures.ACME;
import static com.slotledger.command.interview.InterviewFixtures.IVY;
import static com.slotledger.command.interview.InterviewFixtures.NOW;
import static com.slotledger.command.interview.InterviewFixtures.SLOT;
import static com.slotledger.command.interview.InterviewFixtures.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A recorded INTERVIEWER_UNAVAILABLE conflict is resolved once, by a person, with a real resolution. */
class InterviewConflictTest {

    private static final String CONFLICT = InterviewConflict.unavailableId(SLOT);
    private static final ConflictDetected DETECTED = new ConflictDetected(CONFLICT, ConflictType.INTERVIEWER_UNAVAILABLE,
            SLOT, null, IVY, ACME, "outside availability", NOW);

    private AggregateTestFixture<InterviewConflict> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InterviewConflict.class);
        fixture.registerCommandTargetResolver(new TargetedCommandResolver());
    }

    @Test
    void aPendingConflictIsResolvedWithNotes() {
        fixture.given(DETECTED)
                .when(new ResolveConflict(CONFLICT, ConflictResolution.RESOLVED, "agreed with Ivy", "rec", NOW))
                .expectEvents(new ConflictResolved(CONFLICT, ConflictResolution.RESOLVED, "agreed with Ivy", "rec", NOW));
    }

    @Test
    void aConflictMayBeSettledByReschedulingOrCancelling() {
        fixture.given(DETECTED)
                .when(new ResolveConflict(CONFLICT, ConflictResolution.CANCELLED, null, "rec", NOW))
                .expectEvents(new ConflictResolved(CONFLICT, ConflictResolution.CANCELLED, null, "rec", NOW));
    }

    @Test
    void aConflictIsResolvedOnlyOnce() {
        fixture.given(DETECTED, new ConflictResolved(CONFLICT, ConflictResolution.RESCHEDULED, null, "rec", NOW))
                .when(new ResolveConflict(CONFLICT, ConflictResolution.RESOLVED, null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("CONFLICT_ALREADY_RESOLVED"));
    }

    @Test
    void pendingIsNotAResolution() {
        fixture.given(DETECTED)
                .when(new ResolveConflict(CONFLICT, ConflictResolution.PENDING, null, "rec", NOW))
                .expectNoEvents()
                .expectException(rejected("VALIDATION_FAILED"));
    }

    @Test
    void aConflictIdNamesItsSlot() {
        assertEquals(SLOT, InterviewConflict.slotOf(CONFLICT).orElseThrow());
        assertEquals(java.util.Optional.empty(), InterviewConflict.slotOf(SLOT));
    }
}
