package com.slotledger.app.timetable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The application's clock for timetable tests: real time shifted to a chosen "now", so dates are fixed. */
final class ShiftedClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    void set(Instant now) {
        shift = Duration.between(Instant.now(), now);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application works in UTC instants");
    }
}
