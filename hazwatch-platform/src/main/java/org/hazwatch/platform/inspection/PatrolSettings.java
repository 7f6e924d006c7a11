package org.hazwatch.platform.inspection;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hazwatch.platform.inspection.rules.PatrolSchedule;
import org.hazwatch.platform.inspection.rules.PatrolSchedules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.inspection.patrol.*} (SPEC §9 defaults): the rounds' deadlines, the spot-check
 * shares, and how often the watch looks for missed rounds and draws the spot-check lists; per jurisdiction code
 * ({@code jurisdictions."140525".afternoon-until: "17:00"}, times quoted in YAML) any of the four set otherwise: the
 * deepest node on the path that sets a value gives it, values nobody sets keep the defaults.
 */
@ConfigurationProperties("hazwatch.inspection.patrol")
record PatrolSettings(
        @DefaultValue("12:00") LocalTime morningUntil,
        @DefaultValue("18:00") LocalTime afternoonUntil,
        @DefaultValue("0.20") double cityShare,
        @DefaultValue("0.10") double provinceShare,
        @DefaultValue("1m") Duration checkEvery,
        Map<String, Jurisdiction> jurisdictions) {

    /** What one jurisdiction sets; null keeps the value of the nodes above it (or the default). */
    record Jurisdiction(LocalTime morningUntil, LocalTime afternoonUntil, Double cityShare, Double provinceShare) {
    }

    PatrolSchedule schedule(ZoneId zone) {
        return new PatrolSchedule(morningUntil, afternoonUntil, cityShare, provinceShare, zone);
    }

    PatrolSchedules schedules(ZoneId zone) {
        Map<String, PatrolSchedules.Setting> set = new LinkedHashMap<>();
        if (jurisdictions != null) {
            jurisdictions.forEach((code, j) -> set.put(code, new PatrolSchedules.Setting(j.morningUntil(),
                    j.afternoonUntil(), j.cityShare(), j.provinceShare())));
        }
        return new PatrolSchedules(schedule(zone), set);
    }
}
