package org.hazwatch.platform.ingest.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * How the platform judges one arriving reading (数据接入校验, SPEC §4).
 * <ul>
 *   <li>more than {@code maxFuture} (5 minutes) ahead of the platform's clock: rejected — a gateway clock that far
 *       off would put values where later real ones belong;</li>
 *   <li>older than the raw retention: rejected, because its day would be dropped at once and an acknowledged
 *       reading must not be lost silently;</li>
 *   <li>outside the point's measuring range (量程): stored, flagged invalid (an instrument fault);</li>
 *   <li>arrived more than {@code lateAfter} (default 5 minutes, the same tolerance as the future bound) after its
 *       own time: stored, marked late (补传, back-fill) — a gateway pushes at least every 60 s, so anything later
 *       than that was held back by an outage.</li>
 * </ul>
 */
public record ReadingRules(Duration maxFuture, Duration lateAfter, Duration retention) {

    /** The judgement of one reading. */
    public sealed interface Verdict permits Accepted, Rejected {
    }

    /** Stored; {@code outOfRange} makes its quality invalid. */
    public record Accepted(boolean outOfRange, boolean late) implements Verdict {
    }

    /** Refused, with the field at fault and why. */
    public record Rejected(String field, String reason) implements Verdict {
    }

    /**
     * @param rangeLow  lower end of the measuring range, null when none is registered
     * @param rangeHigh upper end of the measuring range, null when none is registered
     */
    public Verdict judge(Instant time, double value, Double rangeLow, Double rangeHigh, Instant receivedAt) {
        if (time.isAfter(receivedAt.plus(maxFuture))) {
            return new Rejected("time", "more than " + maxFuture.toMinutes() + " minutes in the future");
        }
        if (time.isBefore(receivedAt.minus(retention))) {
            return new Rejected("time", "older than the " + retention.toDays() + "-day retention of raw readings");
        }
        if (!Double.isFinite(value)) {
            return new Rejected("value", "not a finite number");
        }
        boolean outOfRange = (rangeLow != null && value < rangeLow) || (rangeHigh != null && value > rangeHigh);
        boolean late = receivedAt.isAfter(time.plus(lateAfter));
        return new Accepted(outOfRange, late);
    }
}
