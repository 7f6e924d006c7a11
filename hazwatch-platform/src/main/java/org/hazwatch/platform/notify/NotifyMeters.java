package org.hazwatch.platform.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox's meters (issue 20), per channel: deliveries not yet delivered nor given up (the backlog), the age of
 * the oldest of them, and every delivery attempt by outcome ({@code delivered}, {@code retry}, {@code rejected},
 * {@code expired}); a failure is any outcome but {@code delivered}. The backlog is one grouped query, taken at most
 * every {@link #FRESH} however often it is scraped.
 */
@Component
class NotifyMeters {

    static final Duration FRESH = Duration.ofSeconds(10);

    private static final String BACKLOG = """
            SELECT channel, count(*) AS waiting, min(created_at) AS oldest FROM delivery
            WHERE state IN ('PENDING', 'RETRY', 'SENDING') GROUP BY channel""";

    private record Waiting(long count, Instant oldest) {
    }

    private record Backlog(long takenNanos, Map<String, Waiting> byChannel) {
    }

    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    private final Clock clock;
    private volatile Backlog backlog;

    NotifyMeters(List<Channel> channels, JdbcClient jdbc, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.clock = clock;
        for (Channel channel : channels) {
            String name = channel.name();
            Gauge.builder("hazwatch.notify.backlog", this, m -> m.waiting(name).count()).tag("channel", name)
                    .description("deliveries waiting to be sent or sent again").register(meters);
            Gauge.builder("hazwatch.notify.backlog.oldest", this, m -> m.oldestAgeSeconds(name)).tag("channel", name)
                    .baseUnit("seconds").description("age of the oldest waiting delivery").register(meters);
            attempts(name, "delivered");
            attempts(name, "retry");
        }
    }

    /** One delivery attempt's outcome. */
    void attempted(String channel, String outcome) {
        attempts(channel, outcome).increment();
    }

    private Counter attempts(String channel, String outcome) {
        return Counter.builder("hazwatch.notify.attempts").tag("channel", channel).tag("outcome", outcome)
                .description("delivery attempts by outcome").register(meters);
    }

    private double oldestAgeSeconds(String channel) {
        Instant oldest = waiting(channel).oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    private Waiting waiting(String channel) {
        Backlog now = backlog;
        if (now == null || System.nanoTime() - now.takenNanos() > FRESH.toNanos()) {
            Map<String, Waiting> byChannel = new HashMap<>();
            jdbc.sql(BACKLOG).query(rs -> {
                Timestamp oldest = rs.getTimestamp("oldest");
                byChannel.put(rs.getString("channel"), new Waiting(rs.getLong("waiting"),
                        oldest == null ? null : oldest.toInstant()));
            });
            now = new Backlog(System.nanoTime(), byChannel);
            backlog = now;
        }
        return now.byChannel().getOrDefault(channel, new Waiting(0, null));
    }
}
