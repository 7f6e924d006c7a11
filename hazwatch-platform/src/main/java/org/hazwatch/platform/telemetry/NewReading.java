package org.hazwatch.platform.telemetry;

import java.time.Instant;

/**
 * A validated reading on its way into the reading log (实时数据).
 *
 * @param late arrived as back-fill (补传), see {@code ingest.rules.ReadingRules}
 */
public record NewReading(String pointCode, Instant time, double value, ReadingQuality quality, boolean late) {
}
