package org.hazwatch.platform.inspection;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.hazwatch.platform.inspection.rules.PatrolSchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.inspection.patrol.*} (SPEC §9 defaults): the rounds' deadlines, the spot-check
 * shares, and how often the watch looks for missed rounds and draws the spot-check lists.
 */
@ConfigurationProperties("hazwatch.inspection.patrol")
record PatrolSettings(
        @DefaultValue("12:00") LocalTime morningUntil,
        @DefaultValue("18:00") LocalTime afternoonUntil,
        @DefaultValue("0.20") double cityShare,
        @DefaultValue("0.10") double provinceShare,
        @DefaultValue("1m") Duration checkEvery) {

    PatrolSchedule schedule(ZoneId zone) {
        return new PatrolSchedule(morningUntil, afternoonUntil, cityShare, provinceShare, zone);
    }
}
