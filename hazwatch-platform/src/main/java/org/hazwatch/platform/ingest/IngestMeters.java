package org.hazwatch.platform.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.RejectedReading;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The ingest's meters (issue 20), counted once per batch, never per reading, so they cost nothing next to the
 * commit the batch waits for: readings accepted (stored new), duplicates, readings refused one by one (by the field
 * that failed: {@code pointCode}, {@code time}, {@code value}), whole batches refused (by why), and the time from a
 * batch's intake (authenticated and parsed) to its committed reply, mostly the wait for its group's commit; each
 * by channel ({@code http}, {@code mqtt}).
 */
@Component
class IngestMeters {

    /** How a batch arrived. */
    enum Channel {
        HTTP, MQTT;

        final String tag = name().toLowerCase();
    }

    private final MeterRegistry meters;
    private final Map<Channel, Counter> accepted = new EnumMap<>(Channel.class);
    private final Map<Channel, Counter> duplicates = new EnumMap<>(Channel.class);
    private final Map<Channel, Timer> latency = new EnumMap<>(Channel.class);

    IngestMeters(MeterRegistry meters) {
        this.meters = meters;
        for (Channel c : Channel.values()) {
            accepted.put(c, Counter.builder("hazwatch.readings.accepted").tag("channel", c.tag)
                    .description("readings committed as new").register(meters));
            duplicates.put(c, Counter.builder("hazwatch.readings.duplicates").tag("channel", c.tag)
                    .description("readings acknowledged as already stored (a re-send)").register(meters));
            latency.put(c, Timer.builder("hazwatch.ingest.latency").tag("channel", c.tag)
                    .description("an authenticated, parsed batch from its intake to its committed reply")
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                    .register(meters));
            // every reason a single reading is refused for (ReadingRules, the point directory): no series missing
            for (String field : new String[] {"pointCode", "time", "value"}) {
                readingsRefused(c, field);
            }
            batchesRefused(c, "signature");
        }
    }

    /** A batch taken: what became of its readings, and how long since {@code startNanos} ({@link System#nanoTime}). */
    void taken(Channel channel, IngestReply reply, long startNanos) {
        latency.get(channel).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
        accepted.get(channel).increment(reply.accepted());
        if (reply.duplicates() > 0) {
            duplicates.get(channel).increment(reply.duplicates());
        }
        for (RejectedReading r : reply.rejected()) {
            readingsRefused(channel, r.field()).increment();
        }
    }

    /** A whole batch (or heartbeat) refused: nothing of it was stored. */
    void refused(Channel channel, RuntimeException why) {
        batchesRefused(channel, reason(why)).increment();
    }

    private Counter readingsRefused(Channel channel, String field) {
        return Counter.builder("hazwatch.readings.refused").tag("channel", channel.tag).tag("reason", field)
                .description("readings refused one by one, the rest of their batch stored").register(meters);
    }

    private Counter batchesRefused(Channel channel, String reason) {
        return Counter.builder("hazwatch.ingest.batches.refused").tag("channel", channel.tag).tag("reason", reason)
                .description("whole batches refused, nothing stored").register(meters);
    }

    static String reason(RuntimeException why) {
        if (why instanceof IngestRefusedException refused) {
            return switch (refused.status()) {
                case UNAUTHORIZED -> "signature";
                case FORBIDDEN -> "forbidden";
                case CONTENT_TOO_LARGE -> "too_large";
                case SERVICE_UNAVAILABLE -> "unavailable";
                default -> "refused";
            };
        }
        if (why instanceof InvalidInputException) {
            return "malformed";
        }
        return why instanceof DataAccessException ? "unavailable" : "failed";
    }
}
