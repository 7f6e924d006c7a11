package org.hazwatch.platform.commitment;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.duties.commitment.*}.
 *
 * @param deadline   the daily deadline where no jurisdiction on the enterprise's path sets one (SPEC §8 default), in
 *                   the platform's zone ({@code hazwatch.zone}), which is also the zone of the day
 * @param checkEvery how often the watch looks for commitments missing after their deadline
 */
@ConfigurationProperties("hazwatch.duties.commitment")
record CommitmentSettings(
        @DefaultValue("10:00") LocalTime deadline,
        @DefaultValue("1m") Duration checkEvery) {
}
