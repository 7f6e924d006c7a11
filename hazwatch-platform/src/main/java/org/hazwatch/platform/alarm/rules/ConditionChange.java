package org.hazwatch.platform.alarm.rules;

import java.time.Instant;

/**
 * The alarm condition of one alarm changed (报警条件变化), or its episode reached a new extreme.
 *
 * @param from  null when the condition was normal
 * @param to    null when the condition returned to normal
 * @param value the reading that made the change (the rate, for rate of change); NaN for the offline kinds
 * @param peak  the most extreme value since the condition became active (NaN when there is none)
 */
public record ConditionChange(AlarmKey key, Instant at, Severity from, Severity to, double value, double peak,
                              boolean late) {

    public boolean raises() {
        return from == null && to != null;
    }

    public boolean clears() {
        return from != null && to == null;
    }

    /** Only the extreme grew; the severity is unchanged. */
    public boolean peakOnly() {
        return from == to;
    }
}
