package org.hazwatch.platform.warning;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The warning engine's meters (issue 20), like the alarm engine's ({@code engine=warning}): work waiting for its
 * thread, how long the oldest enterprise marked for assessment has waited, and what is left of the periodic pass
 * (issue 17: taken a slice at a time).
 */
@Component
class WarningMeters {

    WarningMeters(WarningEngine engine, MeterRegistry meters) {
        Gauge.builder("hazwatch.engine.queue", engine, WarningEngine::queued).tag("engine", "warning")
                .description("tasks waiting for the engine thread").register(meters);
        Gauge.builder("hazwatch.engine.lag", engine, e -> e.lag().toNanos() / (double) TimeUnit.SECONDS.toNanos(1))
                .tag("engine", "warning").baseUnit("seconds")
                .description("how long the oldest waiting task has waited").register(meters);
        Gauge.builder("hazwatch.warning.pass.left", engine, WarningEngine::passLeft)
                .description("enterprises of the periodic pass not yet assessed").register(meters);
    }
}
