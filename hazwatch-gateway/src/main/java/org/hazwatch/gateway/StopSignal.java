package org.hazwatch.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells a loop to stop and wakes it from its waits. Threads are not interrupted: an interrupt inside a queue
 * write would close the file's channel under Tape.
 */
final class StopSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);

    void stop() {
        stopped.countDown();
    }

    boolean stopped() {
        return stopped.getCount() == 0;
    }

    /** Waits {@code duration} unless stopped first; whether the loop should go on. */
    boolean sleep(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return !stopped();
        }
        try {
            return !stopped.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until {@code instant} by the clock unless stopped first; whether the loop should go on. */
    boolean sleepUntil(Instant instant, Clock clock) {
        return sleep(Duration.between(clock.instant(), instant));
    }
}
