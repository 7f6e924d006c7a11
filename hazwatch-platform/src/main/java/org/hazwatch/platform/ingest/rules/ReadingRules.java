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

        private static final Accepted[] ALL = {new Accepted(false, false), new Accepted(false, true),
            new Accepted(true, false), new Accepted(true, true)};

        /** The four verdicts are shared: judging ten thousand readings allocates none. */
        static Accepted of(boolean outOfRange, boolean late) {
            return ALL[(outOfRange ? 2 : 0) + (late ? 1 : 0)];
        }
    }

    /** Refused, with the field at fault and why. */
    public record Rejected(String field, String reason) implements Verdict {
    }

    /**
     * @param rangeLow  lower end of the measuring range, null when none is registered
     * @param rangeHigh upper end of the measuring range, null when none is registered
     */
    public Verdict judge(Instant time, double value, Double rangeLow, Double rangeHigh, Instant receivedAt) {
        return at(receivedAt).judge(time, value, rangeLow, rangeHigh);
    }

    /** The rules for everything received at one instant: a batch's readings are judged against one clock. */
    public Judge at(Instant receivedAt) {
        return new Judge(receivedAt.plus(maxFuture), receivedAt.minus(retention), receivedAt.minus(lateAfter));
    }

    /** The bounds of one arrival, worked out once for all the readings of a batch. */
    public final class Judge {

        private final Instant latest;
        private final Instant oldest;
        private final Instant lateBefore;

        private Judge(Instant latest, Instant oldest, Instant lateBefore) {
            this.latest = latest;
            this.oldest = oldest;
            this.lateBefore = lateBefore;
        }

        /** @see ReadingRules#judge */
        public Verdict judge(Instant time, double value, Double rangeLow, Double rangeHigh) {
            if (time.isAfter(latest)) {
                return new Rejected("time", "more than " + maxFuture.toMinutes() + " minutes in the future");
            }
            if (time.isBefore(oldest)) {
                return new Rejected("time", "older than the " + retention.toDays() + "-day retention of raw readings");
            }
            if (!Double.isFinite(value)) {
                return new Rejected("value", "not a finite number");
            }
            boolean outOfRange = (rangeLow != null && value < rangeLow) || (rangeHigh != null && value > rangeHigh);
            // late when received more than lateAfter after its own time
            return Accepted.of(outOfRange, time.isBefore(lateBefore));
        }
    }
}
