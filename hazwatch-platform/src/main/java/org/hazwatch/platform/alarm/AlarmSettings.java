package org.hazwatch.platform.alarm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.alarm.*}.
 *
 * @param saveEvery     how often the engine saves its conditions, so a restart re-reads at most this much
 * @param coverCheck    how often shelf ends and out-of-service periods are applied to open episodes
 * @param streamTimeout how long a live-feed connection is held before the browser reconnects
 */
@ConfigurationProperties("hazwatch.alarm")
record AlarmSettings(
        @DefaultValue("1m") Duration saveEvery,
        @DefaultValue("15s") Duration coverCheck,
        @DefaultValue("30m") Duration streamTimeout) {
}
