package org.hazwatch.platform.alarm;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The alarm engine's meters (issue 20), read from the engine when scraped: its queue, how long the oldest queued
 * task has waited (lag), and how often it restored itself from the database after a failed task (an alert:
 * something it stored did not go through). Tagged {@code engine=alarm}, like the warning engine's.
 */
@Component
class AlarmMeters {

    AlarmMeters(AlarmEngine engine, MeterRegistry meters) {
        Gauge.builder("hazwatch.engine.queue", engine, AlarmEngine::queued).tag("engine", "alarm")
                .description("tasks waiting for the engine thread").register(meters);
        Gauge.builder("hazwatch.engine.lag", engine, e -> e.lag().toNanos() / (double) TimeUnit.SECONDS.toNanos(1))
                .tag("engine", "alarm").baseUnit("seconds")
                .description("how long the oldest waiting task has waited").register(meters);
        FunctionCounter.builder("hazwatch.engine.restored", engine, AlarmEngine::restoresAfterFailure)
                .tag("engine", "alarm")
                .description("restores from the database after a failed task").register(meters);
    }
}
