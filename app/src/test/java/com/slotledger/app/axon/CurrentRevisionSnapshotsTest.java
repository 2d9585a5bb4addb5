package com.slotledger.app.axon;

import com.slotledger.api.shared.Revision;
import com.slotledger.command.sitting.Slot;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only a snapshot of an aggregate's current shape (its @Revision) is loaded; older ones are rebuilt from events. */
class CurrentRevisionSnapshotsTest {

    private final CurrentRevisionSnapshots filter = new CurrentRevisionSnapshots(Serialization.revisions());

    private static GenericDomainEventEntry<byte[]> snapshot(String payloadType, String revision) {
        return new GenericDomainEventEntry<>("Slot", "slot-1", 100, "event-1", Instant.parse("2026-12-01T08:00:00Z"),
                payloadType, revision, "{}".getBytes(), "{}".getBytes());
    }

    @Test
    void aSnapshotOfTheCurrentRevisionIsLoaded() {
        assertTrue(filter.test(snapshot(Slot.class.getName(), Slot.class.getAnnotation(Revision.class).value())));
    }

    @Test
    void aSnapshotOfAnEarlierShapeIsSkipped() {
        assertFalse(filter.test(snapshot(Slot.class.getName(), "1")));
        assertFalse(filter.test(snapshot(Slot.class.getName(), null)));
    }

    @Test
    void aSnapshotOfAClassThatNoLongerExistsIsSkipped() {
        assertFalse(filter.test(snapshot("com.slotledger.command.sitting.Gone", "1")));
    }
}
