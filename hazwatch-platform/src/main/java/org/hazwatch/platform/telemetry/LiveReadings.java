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
 *
 * <p>A province holds 500,000 points here (issue 17), so a point's entry is small: keyed by the registry's instance
 * of its code (ingest hands that on), the reading's time held as seconds and nanoseconds rather than an
 * {@link Instant} of its own, and the arrival time shared by every point of a committed group.
 */
@Component
public class LiveReadings {

    private static final String RECENT = """
            SELECT DISTINCT ON (point_code) point_code, time, value, quality, received_at
            FROM reading WHERE received_at >= :since
            ORDER BY point_code, time DESC""";

    private final Map<String, Held> points = new ConcurrentHashMap<>();
    private final Map<String, Instant> gateways = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final PointDirectory directory;
    private final TelemetrySettings settings;
    private final Clock clock;

    LiveReadings(JdbcClient jdbc, PointDirectory directory, TelemetrySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    /** Called by ingest for every authenticated message of an enterprise's gateway, readings or heartbeat. */
    public void gatewayHeard(String enterpriseCode, Instant at) {
        gateways.merge(enterpriseCode, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    public Optional<LatestReading> latest(String pointCode) {
        Held held = points.get(pointCode);
        return held == null ? Optional.empty() : Optional.of(new LatestReading(pointCode,
                Instant.ofEpochSecond(held.timeSecond(), held.timeNano()), held.value(), held.quality(),
                held.lastReceived()));
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
        newest.forEach((code, reading) -> points.merge(code, Held.of(reading.time(), reading.value(),
                reading.quality(), receivedAt), Held::newer));
    }

    @EventListener(ApplicationReadyEvent.class)
    void restore() {
        Duration window = settings.pointOfflineAfter().compareTo(settings.enterpriseOfflineAfter()) > 0
                ? settings.pointOfflineAfter() : settings.enterpriseOfflineAfter();
        jdbc.sql(RECENT).param("since", Timestamp.from(clock.instant().minus(window)))
                .query((rs, row) -> new LatestReading(registered(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                        rs.getDouble(3), ReadingQuality.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()))
                .list().forEach(reading -> {
                    points.merge(reading.pointCode(), Held.of(reading.time(), reading.value(), reading.quality(),
                            reading.lastReceived()), Held::newer);
                    gatewayHeard(PointCode.of(reading.pointCode()).enterprise().code(), reading.lastReceived());
                });
    }

    /** The registry's instance of a point's code, so a restored entry shares it as a live one does. */
    private String registered(String pointCode) {
        return directory.point(pointCode).map(PointSpec::code).orElse(pointCode);
    }

    /** A point's newest reading as kept: 40 bytes, where a {@link LatestReading} and its own time took 64. */
    private record Held(long timeSecond, int timeNano, double value, ReadingQuality quality, Instant lastReceived) {

        static Held of(Instant time, double value, ReadingQuality quality, Instant lastReceived) {
            return new Held(time.getEpochSecond(), time.getNano(), value, quality, lastReceived);
        }

        boolean after(Held other) {
            return timeSecond != other.timeSecond ? timeSecond > other.timeSecond : timeNano > other.timeNano;
        }

        static Held newer(Held held, Held arrived) {
            Instant lastReceived = held.lastReceived().isAfter(arrived.lastReceived())
                    ? held.lastReceived() : arrived.lastReceived();
            Held newest = arrived.after(held) ? arrived : held;
            return newest.lastReceived() == lastReceived ? newest
                    : new Held(newest.timeSecond(), newest.timeNano(), newest.value(), newest.quality(), lastReceived);
        }
    }
}
