package org.hazwatch.platform.telemetry;

import java.time.Instant;

/** The newest reading of a point (实时值) and when anything last arrived for it. */
public record LatestReading(String pointCode, Instant time, double value, ReadingQuality quality,
                            Instant lastReceived) {
}
