package org.hazwatch.platform.cascade;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * On the city: how the sending goes, for the status API and as metrics — {@code hazwatch.cascade.backlog{kind}}
 * (changes waiting), {@code hazwatch.cascade.lag.seconds{kind}} (age of the oldest change waiting; for readings, of
 * the oldest group not yet acknowledged), {@code hazwatch.cascade.sent{kind}} and {@code hazwatch.cascade.failures}.
 */
@Component
class CascadeStatus {

    private static final String[] KINDS = {"ENTERPRISE", "ALARM", "WARNING", "READINGS"};

    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> oldestMillis = new ConcurrentHashMap<>();
    private final Counter failures;
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile int lastStatus;
    private volatile String lastError;
    private volatile Instant readingsThrough;

    CascadeStatus(MeterRegistry meters, Clock clock) {
        this.clock = clock;
        this.meters = meters;
        for (String kind : KINDS) {
            backlog.put(kind, new AtomicLong());
            oldestMillis.put(kind, new AtomicLong());
            Gauge.builder("hazwatch.cascade.backlog", backlog.get(kind), AtomicLong::get).tag("kind", kind)
                    .description("changes waiting to be sent to the province").register(meters);
            Gauge.builder("hazwatch.cascade.lag.seconds", this, s -> s.lagSeconds(kind)).tag("kind", kind)
                    .description("age of the oldest change not yet acknowledged by the province").register(meters);
        }
        this.failures = Counter.builder("hazwatch.cascade.failures")
                .description("batches the province did not take").register(meters);
    }

    /** What the status API shows. */
    record View(boolean forwarding, String upstream, String platformCode, Instant lastSuccess, Instant lastFailure,
                int lastStatus, String lastError, Instant readingsThrough, Map<String, Long> backlog,
                Map<String, Double> lagSeconds) {
    }

    View view(CascadeSettings settings) {
        Map<String, Long> waiting = new TreeMap<>();
        Map<String, Double> lag = new TreeMap<>();
        for (String kind : KINDS) {
            waiting.put(kind, backlog.get(kind).get());
            lag.put(kind, lagSeconds(kind));
        }
        return new View(settings.forwards(), settings.upstreamUrl(), settings.platformCode(), lastSuccess,
                lastFailure, lastStatus, lastError, readingsThrough, waiting, lag);
    }

    void backlog(Map<String, Object[]> waiting) {
        for (String kind : KINDS) {
            if (!kind.equals("READINGS")) {
                Object[] w = waiting.get(kind);
                backlog.get(kind).set(w == null ? 0 : (Long) w[0]);
                oldestMillis.get(kind).set(w == null ? 0 : ((Instant) w[1]).toEpochMilli());
            }
        }
    }

    void sent(String kind, int objects, Instant at) {
        meters.counter("hazwatch.cascade.sent", "kind", kind).increment(objects);
    }

    void readingsSent(int readings, Instant oldestGroup, Instant at) {
        meters.counter("hazwatch.cascade.sent", "kind", "READINGS").increment(readings);
        oldestMillis.get("READINGS").set(oldestGroup.toEpochMilli());
        backlog.get("READINGS").set(readings);
    }

    void readingsCaughtUp(Instant through) {
        readingsThrough = through;
        oldestMillis.get("READINGS").set(0);
        backlog.get("READINGS").set(0);
    }

    void succeeded(Instant at) {
        lastSuccess = at;
    }

    void failed(Instant at, int status, String error) {
        failures.increment();
        lastFailure = at;
        lastStatus = status;
        lastError = error;
    }

    private double lagSeconds(String kind) {
        long oldest = oldestMillis.get(kind).get();
        return oldest == 0 ? 0 : Math.max(0, Duration.between(Instant.ofEpochMilli(oldest), clock.instant())
                .toMillis() / 1000.0);
    }
}
