package com.slotledger.query.entitlement;

import com.slotledger.api.entitlement.EntitlementEvents.SlotAssigned;
import com.slotledger.api.entitlement.EntitlementEvents.SlotConsumed;
import com.slotledger.api.entitlement.EntitlementEvents.SlotReset;
import com.slotledger.query.entitlement.CandidateViewBatch.SlotChange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Composed slot changes, written over any prior row, give what the fold gives event by event. */
class SlotChangeTest {

    private static final Instant T1 = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-23T10:00:00Z");

    private static final SlotState PRIOR = new SlotState(com.slotledger.api.entitlement.SlotStatus.CONSUMED, T1, "old", T1);

    private static SlotState viaFold(SlotState start, List<Object> events) {
        SlotState state = start;
        for (Object event : events) {
            state = state.next(event);
        }
        return state;
    }

    private static SlotState viaComposedWrite(SlotState row, List<Object> events) {
        SlotChange change = null;
        for (Object event : events) {
            SlotChange next = new SlotChange(SlotState.NONE.next(event), SlotState.keepsAssignment(event));
            change = change == null ? next : change.then(next);
        }
        SlotState target = change.target();
        return change.keepsAssignment()
                ? new SlotState(target.status(), row.assignedAt(), row.assignedBy(), target.consumedAt())
                : target;
    }

    @Test
    void everySequenceOfUpToThreeEventsMatchesTheFold() {
        List<Object> kinds = List.of(new SlotAssigned("c", "a", T2), new SlotConsumed("c", "u", T3), new SlotReset("c", "r", T3));
        for (Object first : kinds) {
            assertSame(List.of(first));
            for (Object second : kinds) {
                assertSame(List.of(first, second));
                for (Object third : kinds) {
                    assertSame(List.of(first, second, third));
                }
            }
        }
    }

    private static void assertSame(List<Object> events) {
        assertEquals(viaFold(PRIOR, events), viaComposedWrite(PRIOR, events), events.toString());
        SlotState assigned = new SlotState(com.slotledger.api.entitlement.SlotStatus.AVAILABLE, T1, "op", null);
        assertEquals(viaFold(assigned, events), viaComposedWrite(assigned, events), events.toString());
    }
}
