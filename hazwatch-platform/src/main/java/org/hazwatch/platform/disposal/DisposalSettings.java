package org.hazwatch.platform.disposal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.hazwatch.platform.disposal.rules.DeadlinePolicy;
import org.hazwatch.platform.disposal.rules.LevelDeadlines;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code hazwatch.disposal.*}: the handling deadlines per level ({@code red.sign-for},
 * {@code red.feedback}, {@code red.verify}, likewise {@code orange}, {@code yellow}, {@code blue}; any left out keeps
 * its SPEC §7 default), the escalation step, how often the watch looks, and the feedback photos' limits.
 */
@ConfigurationProperties("hazwatch.disposal")
record DisposalSettings(Level red, Level orange, Level yellow, Level blue,
                        @DefaultValue("30m") Duration escalationStep,
                        @DefaultValue("30s") Duration checkEvery,
                        @DefaultValue Photos photos) {

    /** Deadlines of one level; a null keeps the SPEC default. */
    record Level(Duration signFor, Duration feedback, Duration verify) {
    }

    /**
     * @param maxSize        of one photo, at most 5 MiB (the table's limit)
     * @param maxPerFeedback photos one feedback carries
     */
    record Photos(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("5") int maxPerFeedback) {

        Photos {
            if (maxSize.toBytes() > DataSize.ofMegabytes(5).toBytes()) {
                throw new IllegalArgumentException("hazwatch.disposal.photos.max-size is at most 5MB");
            }
        }
    }

    DeadlinePolicy policy() {
        Map<WarningLevel, LevelDeadlines> levels = new EnumMap<>(WarningLevel.class);
        put(levels, WarningLevel.RED, red);
        put(levels, WarningLevel.ORANGE, orange);
        put(levels, WarningLevel.YELLOW, yellow);
        put(levels, WarningLevel.BLUE, blue);
        return new DeadlinePolicy(levels, escalationStep);
    }

    private static void put(Map<WarningLevel, LevelDeadlines> levels, WarningLevel level, Level set) {
        if (set == null) {
            return;
        }
        LevelDeadlines spec = DeadlinePolicy.SPEC_DEFAULTS.get(level);
        levels.put(level, new LevelDeadlines(set.signFor() != null ? set.signFor() : spec.signFor(),
                set.feedback() != null ? set.feedback() : spec.feedback(),
                set.verify() != null ? set.verify() : spec.verify()));
    }
}
