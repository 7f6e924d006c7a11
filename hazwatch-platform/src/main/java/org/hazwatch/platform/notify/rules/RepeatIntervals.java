package org.hazwatch.platform.notify.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * How often a warning that nobody signed for is notified again (重复提醒); default red 15 min, orange 30, yellow 60,
 * blue never. A zero or missing interval means never.
 */
public final class RepeatIntervals {

    private final Map<WarningLevel, Duration> intervals;

    public RepeatIntervals(Map<WarningLevel, Duration> intervals) {
        this.intervals = new EnumMap<>(WarningLevel.class);
        intervals.forEach((level, every) -> {
            if (every != null && !every.isZero() && !every.isNegative()) {
                this.intervals.put(level, every);
            }
        });
    }

    public static Map<WarningLevel, Duration> defaults() {
        return Map.of(WarningLevel.RED, Duration.ofMinutes(15), WarningLevel.ORANGE, Duration.ofMinutes(30),
                WarningLevel.YELLOW, Duration.ofMinutes(60));
    }

    public Optional<Duration> of(WarningLevel level) {
        return Optional.ofNullable(intervals.get(level));
    }

    /** Whether a reminder is due at {@code now} for a warning last notified at {@code lastNotified}. */
    public boolean due(WarningLevel level, Instant lastNotified, Instant now) {
        return of(level).map(every -> !now.isBefore(lastNotified.plus(every))).orElse(false);
    }
}
