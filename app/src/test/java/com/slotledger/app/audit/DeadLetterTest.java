package com.slotledger.app.audit;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.query.shared.ReadYourWrites;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A projection that fails on one candidate's event parks that event in its dead-letter queue, keeps that
 * candidate's later events queued behind it (their order matters), and goes on with everyone else; the other
 * projections never notice.
 */
@MicronautTest(transactional = false)
class DeadLetterTest extends IntegrationTest {

    static final String ENABLED = "slotledger.test.poisoned-projection";

    @Inject
    PoisonedProjection poisoned;

    @Inject
    ReadYourWrites readYourWrites;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put(ENABLED, "true");
        properties.put("slotledger.read-your-writes.timeout", "20s");
        return properties;
    }

    @Test
    void aFailingEventIsDeadLetteredAndTheProjectionGoesOn() {
        signIn();
        int parked = deadLetters(PoisonedProjection.NAME) + 2;
        String before = register("healthy");
        String poison = register(PoisonedProjection.POISON);
        long assigned = api.post("/api/v1/candidates/" + poison + "/exam-slot/assign", null, admin).position();
        String after = register("healthy");
        long last = api.post("/api/v1/candidates/" + after + "/exam-slot/assign", null, admin).position();

        readYourWrites.await(PoisonedProjection.NAME, last);

        assertTrue(poisoned.registered.containsAll(List.of(before, after)), "the others are projected");
        assertTrue(poisoned.assigned.contains(after));
        assertFalse(poisoned.registered.contains(poison));
        assertFalse(poisoned.assigned.contains(poison), "a later event of a dead-lettered candidate waits");
        assertEquals(parked, deadLettersWithin(Duration.ofSeconds(20), parked),
                "the failed event and the same candidate's later event wait in order");
        assertEquals(0, deadLetters("entitlement"));
        assertEquals("AVAILABLE", api.get("/api/v1/candidates/" + poison + "?minPosition=" + assigned, admin)
                .string("slotStatus"), "other projections are not held up");
    }

    @Test
    void aReplayDeadLettersTheFailingEventAgainOnceAndRebuildsTheRest() {
        signIn();
        int parked = deadLetters(PoisonedProjection.NAME) + 1;
        String healthy = register("healthy");
        String poison = register(PoisonedProjection.POISON);
        long last = api.post("/api/v1/candidates/" + healthy + "/exam-slot/assign", null, admin).position();
        readYourWrites.await(PoisonedProjection.NAME, last);
        assertEquals(parked, deadLettersWithin(Duration.ofSeconds(20), parked));

        assertEquals(202, api.post("/api/v1/admin/projections/" + PoisonedProjection.NAME + "/replay", null, admin)
                .status());
        readYourWrites.await(PoisonedProjection.NAME, last);

        assertTrue(poisoned.registered.contains(healthy), "rebuilt from the first event");
        assertTrue(poisoned.assigned.contains(healthy));
        assertFalse(poisoned.registered.contains(poison));
        assertEquals(parked, deadLetters(PoisonedProjection.NAME),
                "the queue starts empty with the replay and each failing event is parked once again");
    }

    private String register(String trade) {
        return api.post("/api/v1/candidates", Map.of("name", "Dead Letter", "rollNumber", Api.unique("DL"),
                "trade", trade), admin).string("id");
    }

    /**
     * A bounded wait for a condition, not a sleep: the queue's rows are written by the work package that failed,
     * which may still be committing when the other segment has already passed the position.
     */
    private int deadLettersWithin(Duration bound, int expected) {
        long deadline = System.nanoTime() + bound.toNanos();
        int count = deadLetters(PoisonedProjection.NAME);
        while (count < expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            count = deadLetters(PoisonedProjection.NAME);
        }
        return count;
    }

    private int deadLetters(String projection) {
        return api.get("/api/v1/admin/projections", admin).list().stream()
                .filter(row -> projection.equals(row.get("name")))
                .map(row -> ((Number) row.get("deadLetters")).intValue())
                .findFirst().orElseThrow(() -> new AssertionError("no projection " + projection));
    }
}
