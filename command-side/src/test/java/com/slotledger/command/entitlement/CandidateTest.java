package com.slotledger.command.entitlement;

import com.slotledger.api.entitlement.EntitlementCommands.AssignSlot;
import com.slotledger.api.entitlement.EntitlementCommands.ConsumeSlot;
import com.slotledger.api.entitlement.EntitlementCommands.PreviewSlotAction;
import com.slotledger.api.entitlement.EntitlementCommands.ReassignSlot;
import com.slotledger.api.entitlement.EntitlementCommands.ResetSlot;
import com.slotledger.api.entitlement.EntitlementEvents.CandidateRegistered;
import com.slotledger.api.entitlement.EntitlementEvents.SlotAssigned;
import com.slotledger.api.entitlement.EntitlementEvents.SlotConsumed;
import com.slotledger.api.entitlement.EntitlementEvents.SlotReset;
import com.slotledger.api.entitlement.SlotAction;
import com.slotledger.api.entitlement.SlotStatus;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.command.shared.TargetedCommandResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.slotledger.command.shared.Rejections.rejected;

class CandidateTest {

    private static final String ID = "c-1";
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-23T09:00:00Z");

    private AggregateTestFixture<Candidate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Candidate.class);
        fixture.registerCommandTargetResolver(new TargetedCommandResolver());
    }

    private static CandidateRegistered registered() {
        return new CandidateRegistered(ID, "Asha", "R1", "welding", null, "u-1", "admin", T0);
    }

    @Test
    void anAssignedSlotIsConsumedOnEnteringTheExam() {
        fixture.given(registered(), new SlotAssigned(ID, "op", T0))
                .when(new ConsumeSlot(ID, "u-1", T1))
                .expectEvents(new SlotConsumed(ID, "u-1", T1));
    }

    @Test
    void enteringWithoutASlotIsRefusedWithNoSlot() {
        fixture.given(registered())
                .when(new ConsumeSlot(ID, "u-1", T1))
                .expectNoEvents()
                .expectException(rejected("NO_SLOT"));
    }

    @Test
    void aConsumedSlotCannotBeConsumedAgain() {
        fixture.given(registered(), new SlotAssigned(ID, "op", T0), new SlotConsumed(ID, "u-1", T0))
                .when(new ConsumeSlot(ID, "u-1", T1))
                .expectNoEvents()
                .expectException(rejected("SLOT_CONSUMED"));
    }

    @Test
    void assigningOverAnAvailableSlotIsRefused() {
        fixture.given(registered(), new SlotAssigned(ID, "op", T0))
                .when(new AssignSlot(ID, "op", T1))
                .expectNoEvents()
                .expectException(rejected("SLOT_ALREADY_ASSIGNED"));
    }

    @Test
    void assigningOverAConsumedSlotNeedsAReassign() {
        fixture.given(registered(), new SlotAssigned(ID, "op", T0), new SlotConsumed(ID, "u-1", T0))
                .when(new AssignSlot(ID, "op", T1))
                .expectNoEvents()
                .expectException(rejected("SLOT_CONSUMED"));
    }

    @Test
    void reassignResetsAConsumedSlotAndAssignsAFreshOne() {
        fixture.given(registered(), new SlotAssigned(ID, "op", T0), new SlotConsumed(ID, "u-1", T0))
                .when(new ReassignSlot(ID, "admin", T1))
                .expectEvents(new SlotReset(ID, "admin", T1), new SlotAssigned(ID, "admin", T1));
    }

    @Test
    void reassignWithoutASlotIsAPlainAssign() {
        fixture.given(registered())
                .when(new ReassignSlot(ID, "admin", T1))
                .expectEvents(new SlotAssigned(ID, "admin", T1));
    }

    @Test
    void resetClearsTheSlot() {
        fixture.given(registered(), new SlotAssigned(ID, "op", T0))
                .when(new ResetSlot(ID, "admin", T1))
                .expectEvents(new SlotReset(ID, "admin", T1));
    }

    @Test
    void resettingWithoutASlotIsRefused() {
        fixture.given(registered())
                .when(new ResetSlot(ID, "admin", T1))
                .expectNoEvents()
                .expectException(rejected("NO_SLOT"));
    }

    @Test
    void aPreviewAnswersTheOutcomeAndChangesNothing() {
        fixture.given(registered(), new SlotAssigned(ID, "op", T0), new SlotConsumed(ID, "u-1", T0))
                .when(new PreviewSlotAction(ID, SlotAction.REASSIGN))
                .expectNoEvents()
                .expectResultMessagePayload(SlotStatus.AVAILABLE);
    }

    @Test
    void aPreviewOfARefusedActionReportsTheRefusal() {
        fixture.given(registered())
                .when(new PreviewSlotAction(ID, SlotAction.RESET))
                .expectNoEvents()
                .expectException(DomainRejection.class);
    }
}
