package org.hazwatch.platform.telemetry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.telemetry.*}.
 *
 * @param rawRetention          raw readings are kept this long, then their day's partition is dropped
 * @param minuteRollupRetention 1-minute rollups are kept this long; 1-hour rollups are kept
 * @param tenMinuteRollupRetention 10-minute rollups are kept this long
 * @param partitionsAhead       days of partitions created ahead of today
 * @param groupReadings         a write group closes when it holds this many readings
 * @param appendTimeout         how long an ingest request waits for its group to commit
 * @param pointOfflineAfter     SPEC §4: a point is offline after this long without a reading
 * @param enterpriseOfflineAfter SPEC §4: an enterprise is offline after this long without anything from its gateway
 */
@ConfigurationProperties("hazwatch.telemetry")
public record TelemetrySettings(
        @DefaultValue("90d") Duration rawRetention,
        @DefaultValue("400d") Duration minuteRollupRetention,
        @DefaultValue("800d") Duration tenMinuteRollupRetention,
        @DefaultValue("3") int partitionsAhead,
        @DefaultValue("50000") int groupReadings,
        @DefaultValue("30s") Duration appendTimeout,
        @DefaultValue("10m") Duration pointOfflineAfter,
        @DefaultValue("10m") Duration enterpriseOfflineAfter) {
}
