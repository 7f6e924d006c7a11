package org.hazwatch.platform.quality;

import java.time.Duration;
import java.time.LocalTime;
import org.hazwatch.platform.quality.rules.Weights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.quality.*} (SPEC §9 defaults).
 *
 * @param lateAfter     a reading received later than this after its time is late (timeliness)
 * @param flatlineAfter usable readings of one unchanged value over at least this long are flatlined (validity)
 * @param computeAt     the daily job computes yesterday from this time (in the zone) on
 * @param checkEvery    how often the job looks whether yesterday is due
 * @param weights       of the score; a rate that does not apply drops out and the rest is scaled to 100
 */
@ConfigurationProperties("hazwatch.quality")
record QualitySettings(
        @DefaultValue("5m") Duration lateAfter,
        @DefaultValue("4h") Duration flatlineAfter,
        @DefaultValue("00:30") LocalTime computeAt,
        @DefaultValue("5m") Duration checkEvery,
        @DefaultValue Weight weights) {

    record Weight(@DefaultValue("25") double access, @DefaultValue("25") double online,
                  @DefaultValue("15") double timeliness, @DefaultValue("15") double validity,
                  @DefaultValue("10") double video, @DefaultValue("10") double completeness) {
    }

    Weights weighting() {
        return new Weights(weights.access(), weights.online(), weights.timeliness(), weights.validity(),
                weights.video(), weights.completeness());
    }
}
