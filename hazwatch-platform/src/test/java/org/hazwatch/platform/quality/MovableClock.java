package org.hazwatch.platform.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets: the platform's notion of now, moved to the instants a day of readings is received at. */
final class MovableClock extends Clock {

    private volatile Instant now;

    /**
     * Starts at {@code start}: the reading log stamps receipt times that never go back, so a test that receives a
     * past day starts the whole platform before that day.
     */
    MovableClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
