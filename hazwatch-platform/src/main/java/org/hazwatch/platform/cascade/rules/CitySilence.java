package org.hazwatch.platform.cascade.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether a city platform has fallen silent (市级平台数据中断, SPEC §12): nothing heard from it — no batch and no poll
 * for orders — for {@code silentAfter} (10 minutes unless set). A city sends or polls every few seconds when all is
 * well, so ten minutes of nothing is a broken link or a stopped platform, not a quiet plant. The alarm is raised
 * once per silence and cleared the moment the city is heard again; a check while it stands changes nothing.
 *
 * @param lastHeard when the city was last heard (its registration, before it ever was)
 * @param alarmed   whether the alarm of this silence stands
 */
public record CitySilence(Duration silentAfter, Instant lastHeard, boolean alarmed) {

    /** Ten minutes, as the presence watch's offline alarms (SPEC §4). */
    public static final Duration SILENT_AFTER = Duration.ofMinutes(10);

    public CitySilence {
        Objects.requireNonNull(lastHeard, "lastHeard");
        if (silentAfter == null) {
            silentAfter = SILENT_AFTER;
        }
        if (silentAfter.isNegative() || silentAfter.isZero()) {
            throw new IllegalArgumentException("silentAfter must be positive");
        }
    }

    /** What a check or a hearing does to the alarm. */
    public enum Step { RAISE, CLEAR, NONE }

    /** The state after a check or a hearing, and what to do about the alarm. */
    public record Outcome(CitySilence next, Step step) {
    }

    /** Silent when {@code silentAfter} has passed since it was last heard (at exactly that moment too). */
    public boolean silentAt(Instant now) {
        return !lastHeard.plus(silentAfter).isAfter(now);
    }

    /** A check on the wall clock: raises the alarm when the city is silent and it does not stand yet. */
    public Outcome check(Instant now) {
        if (!alarmed && silentAt(now)) {
            return new Outcome(new CitySilence(silentAfter, lastHeard, true), Step.RAISE);
        }
        if (alarmed && !silentAt(now)) {
            // heard on another node of the province, or the setting was raised: the silence is over
            return new Outcome(new CitySilence(silentAfter, lastHeard, false), Step.CLEAR);
        }
        return new Outcome(this, Step.NONE);
    }

    /** The city was heard at {@code at}: the alarm, if it stands, is cleared. */
    public Outcome heard(Instant at) {
        Instant last = at.isAfter(lastHeard) ? at : lastHeard;
        return new Outcome(new CitySilence(silentAfter, last, false), alarmed ? Step.CLEAR : Step.NONE);
    }
}
