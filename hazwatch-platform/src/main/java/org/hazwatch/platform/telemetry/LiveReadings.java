package org.hazwatch.platform.telemetry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hazwatch.protocol.PointCode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live state in memory (实时状态): the newest reading of each point and when each enterprise's gateways were last
 * heard. The newest reading is the one with the latest time, so back-fill does not replace a live value, while
 * its arrival still counts as hearing from the point. At start, the points heard within the offline window are
 * restored from the log, so a restart does not reset their presence.
 */
@Component
public class LiveReadings {

    private static final String RECENT = """
            SELECT DISTINCT ON (point_code) point_code, time, value, quality, received_at
            FROM reading WHERE received_at >= :since
            ORDER BY point_code, time DESC""";

    private final Map<String, LatestReading> points = new ConcurrentHashMap<>();
    private final Map<String, Instant> gateways = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final TelemetrySettings settings;
    private final Clock clock;

    LiveReadings(JdbcClient jdbc, TelemetrySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Called by ingest for every authenticated message of an enterprise's gateway, readings or heartbeat. */
    public void gatewayHeard(String enterpriseCode, Instant at) {
        gateways.merge(enterpriseCode, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    public Optional<LatestReading> latest(String pointCode) {
        return Optional.ofNullable(points.get(pointCode));
    }

    public Optional<Instant> gatewayLastHeard(String enterpriseCode) {
        return Optional.ofNullable(gateways.get(enterpriseCode));
    }

    /**
     * A committed group: its newest reading of each point is found first, so the shared map is touched once per
     * point rather than once per reading (a group holds many readings of each point).
     */
    void record(List<NewReading> stored, Instant receivedAt) {
        Map<String, NewReading> newest = new HashMap<>();
        for (NewReading reading : stored) {
            newest.merge(reading.pointCode(), reading, (held, arrived) -> arrived.time().isAfter(held.time())
                    ? arrived : held);
        }
        newest.forEach((code, reading) -> points.merge(code, latest(reading, receivedAt), LiveReadings::newer));
    }

    @EventListener(ApplicationReadyEvent.class)
    void restore() {
        Duration window = settings.pointOfflineAfter().compareTo(settings.enterpriseOfflineAfter()) > 0
                ? settings.pointOfflineAfter() : settings.enterpriseOfflineAfter();
        jdbc.sql(RECENT).param("since", Timestamp.from(clock.instant().minus(window)))
                .query((rs, row) -> new LatestReading(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getDouble(3), ReadingQuality.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()))
                .list().forEach(reading -> {
                    points.merge(reading.pointCode(), reading, LiveReadings::newer);
                    gatewayHeard(PointCode.of(reading.pointCode()).enterprise().code(), reading.lastReceived());
                });
    }

    private static LatestReading latest(NewReading reading, Instant receivedAt) {
        return new LatestReading(reading.pointCode(), reading.time(), reading.value(), reading.quality(), receivedAt);
    }

    private static LatestReading newer(LatestReading held, LatestReading arrived) {
        if (arrived.time().isAfter(held.time()) && !held.lastReceived().isAfter(arrived.lastReceived())) {
            return arrived;  // the usual case, a live reading after the last: no third object
        }
        Instant lastReceived = held.lastReceived().isAfter(arrived.lastReceived())
                ? held.lastReceived() : arrived.lastReceived();
        LatestReading newest = arrived.time().isAfter(held.time()) ? arrived : held;
        return new LatestReading(newest.pointCode(), newest.time(), newest.value(), newest.quality(), lastReceived);
    }
}
