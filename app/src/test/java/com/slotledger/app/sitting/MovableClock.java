package com.slotledger.app.sitting;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The application's clock in test contexts that ask for it (property {@code slotledger.test.movable-clock}):
 * the system clock until a test sets "now", then that instant, frozen. Time only moves forward, as it does for
 * the rate limiter that shares this clock.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = MovableClock.PROPERTY, value = "true")
public class MovableClock extends Clock {

    public static final String PROPERTY = "slotledger.test.movable-clock";

    private volatile Instant now;

    /** A test context's properties with this clock in place of the system's. */
    public static Map<String, String> on(Map<String, String> properties) {
        properties.put(PROPERTY, "true");
        return properties;
    }

    public synchronized void set(Instant instant) {
        if (instant.isBefore(instant())) {
            throw new IllegalArgumentException("time only moves forward: " + instant + " is before " + instant());
        }
        now = instant;
    }

    @Override
    public Instant instant() {
        Instant frozen = now;
        return frozen != null ? frozen : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application's clock is UTC");
    }
}
