package org.hazwatch.platform.telemetry;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The reading log's meters (issue 20): its day partitions (how many, how many days ahead are ready) and how far the
 * minute, 10-minute and hour rollups are behind.
 */
@Component
class TelemetryMeters {

    TelemetryMeters(ReadingPartitions partitions, Rollups rollups, MeterRegistry meters) {
        Gauge.builder("hazwatch.readings.partitions", partitions, ReadingPartitions::count)
                .description("day partitions of the reading table").register(meters);
        Gauge.builder("hazwatch.readings.partitions.ahead", partitions, ReadingPartitions::daysAhead)
                .description("days after today whose partition already exists").register(meters);
        Gauge.builder("hazwatch.rollup.lag", rollups, r -> r.lag().toMillis() / 1000.0).baseUnit("seconds")
                .description("how far the rollups are behind the clock").register(meters);
    }
}
