package org.hazwatch.platform.telemetry;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A point's values over a span (趋势), in at most the buckets asked for; empty buckets are left out.
 *
 * @param source where the buckets were computed from: {@code RAW} readings, {@code MINUTE}, {@code TEN_MINUTE} or
 *               {@code HOUR} rollups (with the raw readings at the end the rollups do not cover)
 */
public record Series(String pointCode, String unit, OffsetDateTime from, OffsetDateTime to, long bucketSeconds,
                     String source, List<Bucket> buckets) {

    /** One bucket, starting at {@code time}, over the usable readings in it. */
    public record Bucket(OffsetDateTime time, double min, double max, double avg, long count) {
    }
}
