package org.hazwatch.platform.custody;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.hazwatch.platform.custody.rules.DutySchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.duties.custody.*}: how often each custody person checks (SPEC §8) and how often
 * the watch looks for overdue duties.
 */
@ConfigurationProperties("hazwatch.duties.custody")
record CustodySettings(
        @DefaultValue("P6M") Period main,
        @DefaultValue("P3M") Period technical,
        @DefaultValue("P1W") Period operations,
        @DefaultValue("1h") Duration checkEvery) {

    /** The schedule with days read in {@code zone} (the platform's, {@code hazwatch.zone}). */
    DutySchedule schedule(ZoneId zone) {
        return new DutySchedule(main, technical, operations, zone);
    }
}
