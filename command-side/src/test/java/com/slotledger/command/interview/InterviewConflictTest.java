package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.ResolveConflict;
import com.slotledger.api.interview.InterviewEvents.ConflictDetected;
import com.slotledger.api.interview.InterviewEvents.ConflictResolved;
import com.slotledger.api.interview.InterviewTypes.ConflictResolution;
import com.slotledger.api.interview.InterviewTypes.ConflictType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static com.slotledger.command.interview.InterviewFixtures.ACME;
import static com.slotledger.command.interview.InterviewFixtures.IVY;
import static com.slotledger.command.interview.InterviewFixtures.NOW;
import static com.slotledger.command.interview.InterviewFixtures.SLOT;
import static com.slotledger.command.interview.InterviewFixtures.created;
import static com.slotledger.command.shared.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A slot's recorded INTERVIEWER_UNAVAILABLE conflict is resolved once, by a person, with a real resolution. */
class InterviewConflictTest {

    private static final String CONFLICT = InterviewSlot.unavailableId(SLOT);
    private static final ConflictDetected DETECTED = new ConflictDetected(CONFLICT, ConflictType.INTERVIEWER_UNAVAILABLE,
            SLOT, null, IVY, ACME, "outside availability", NOW);

    private AggregateTestFixture<InterviewSlot> fixture;

    @BeforeEach
    void setUp() {
        fixture = InterviewFixtures.slotFixture(new InterviewFixtures.Registry(), new InterviewFixtures.Patterns(),
                BusinessHours.DEFAULT);
    }

    private static ResolveConflict resolve(String conflictId, ConflictResolution resolution, String notes) {
        return new ResolveConflict(SLOT, conflictId, resolution, notes, "rec", NOW);
    }

    @Test
    void aPendingConflictIsResolvedWithNotes() {
        fixture.given(created(1), DETECTED)
                .when(resolve(CONFLICT, ConflictResolution.RESOLVED, "agreed with Ivy"))
                .expectEvents(new ConflictResolved(CONFLICT, ConflictResolution.RESOLVED, "agreed with Ivy", "rec", NOW));
    }

    @Test
    void aConflictMayBeSettledByReschedulingOrCancelling() {
        fixture.given(created(1), DETECTED)
                .when(resolve(CONFLICT, ConflictResolution.CANCELLED, null))
                .expectEvents(new ConflictResolved(CONFLICT, ConflictResolution.CANCELLED, null, "rec", NOW));
    }

    @Test
    void aConflictIsResolvedOnlyOnce() {
        fixture.given(created(1), DETECTED, new ConflictResolved(CONFLICT, ConflictResolution.RESCHEDULED, null, "rec", NOW))
                .when(resolve(CONFLICT, ConflictResolution.RESOLVED, null))
                .expectNoEvents()
                .expectException(rejected("CONFLICT_ALREADY_RESOLVED"));
    }

    @Test
    void pendingIsNotAResolution() {
        fixture.given(created(1), DETECTED)
                .when(resolve(CONFLICT, ConflictResolution.PENDING, null))
                .expectNoEvents()
                .expectException(rejected("VALIDATION_FAILED"));
    }

    @Test
    void aSlotWithoutAConflictHasNoneToResolve() {
        fixture.given(created(1))
                .when(resolve(CONFLICT, ConflictResolution.RESOLVED, null))
                .expectNoEvents()
                .expectException(rejected("CONFLICT_NOT_FOUND"));
        fixture.given(created(1), DETECTED)
                .when(resolve("other:unavailable", ConflictResolution.RESOLVED, null))
                .expectNoEvents()
                .expectException(rejected("CONFLICT_NOT_FOUND"));
    }

    @Test
    void aConflictIdNamesItsSlot() {
        assertEquals(SLOT, InterviewSlot.slotOf(CONFLICT).orElseThrow());
        assertEquals(Optional.empty(), InterviewSlot.slotOf(SLOT));
    }
}
