package com.slotledger.app.sitting;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * Sittings held over HTTP on a clock the test moves: slots start tomorrow at 09:00 in Berlin and the clock stands
 * 30 minutes into them; a recognition service account sends the detections.
 */
abstract class SittingSessionTest extends IntegrationTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    MovableClock clock;

    SittingWorld world;
    Instant start;
    Api.User recognition;

    @Override
    public Map<String, String> getProperties() {
        return MovableClock.on(super.getProperties());
    }

    @BeforeAll
    void setUp() {
        signIn();
        world = new SittingWorld(api, admin);
        start = LocalDate.now(BERLIN).plusDays(1).atTime(LocalTime.of(9, 0)).atZone(BERLIN).toInstant();
        clock.set(start.plusSeconds(1800));
        recognition = api.user(admin, Set.of("RECOGNITION"), null);
    }
}
