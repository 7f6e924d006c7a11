package org.hazwatch.platform.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.protocol.PointKind;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.HazwatchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's last 14 days (演示历史数据, people, issue 16), so the overview's 14-day charts are alive on first start:
 * for every demo point, hour rollups ({@code reading_1h}) from 13 days before today up to the seed's hour — with one
 * six-hour network outage of 高平市兴高化工 four days ago, so the online rate is not a flat line — and per enterprise
 * and day a few closed alarm episodes (high, medium and low priority) with their raised, acknowledged and cleared
 * transitions. Written straight into the two tables the charts read (the demo's shortcut: replaying two weeks of
 * readings through ingest and the alarm engine would take the first start minutes); deterministic, and skipped when
 * the history is there. {@code hazwatch.demo.history=false} leaves it out (the tests do, but for their own).
 */
@Component
@ConditionalOnProperty(name = "hazwatch.mode", havingValue = "demo")
@ConditionalOnProperty(name = "hazwatch.demo.history", havingValue = "true", matchIfMissing = true)
@Order(1)
class DemoHistory implements ApplicationRunner {

    static final int DAYS = 14;
    static final String ACTOR = "demo-history";
    static final String OUTAGE_ENTERPRISE = "14058100001";

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private static final String ROLLUPS = """
            INSERT INTO reading_1h (point_code, bucket, min, max, sum, count, last_time, last_value)
            SELECT :point, b, v - :spread, v + :spread, v * 60, 60, b + interval '59 minutes', v
              FROM (SELECT b, :mid + :amp * sin(extract(epoch FROM b) / 86400 * 2 * pi() + :phase) AS v
                      FROM generate_series(CAST(:from AS timestamptz), CAST(:to AS timestamptz) - interval '1 hour',
                                           interval '1 hour') AS b) AS hours
             WHERE b < :outageFrom OR b >= :outageTo
            ON CONFLICT DO NOTHING""";

    private final Registry registry;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ZoneId zone;
    private final Clock clock;

    DemoHistory(Registry registry, JdbcClient jdbc, TransactionTemplate tx, HazwatchProperties hazwatch,
                Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.tx = tx;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant from = today.minusDays(DAYS - 1).atStartOfDay(zone).toInstant();
        Instant to = now.truncatedTo(ChronoUnit.HOURS);
        List<String> codes = DemoSeed.enterpriseCodes();
        if (there(codes, from)) {
            return;
        }
        int[] written = new int[2];
        tx.executeWithoutResult(status -> {
            for (String code : codes) {
                String path = registry.jurisdictionPathOf(code).orElse(null);
                List<PointDefinition> points = registry.pointsOf(code);
                if (path == null || points.isEmpty()) {
                    continue;
                }
                Instant outageFrom = code.equals(OUTAGE_ENTERPRISE)
                        ? today.minusDays(4).atTime(8, 0).atZone(zone).toInstant() : Instant.EPOCH;
                Instant outageTo = outageFrom.plus(Duration.ofHours(6));
                for (PointDefinition point : points) {
                    written[0] += rollups(point, from, to, outageFrom, outageTo);
                }
                for (LocalDate day = today.minusDays(DAYS - 1); day.isBefore(today); day = day.plusDays(1)) {
                    written[1] += alarms(code, path, points, day);
                }
            }
        });
        log.info("demo history: {} hour rollups and {} alarm episodes of the last {} days", written[0], written[1],
                DAYS);
    }

    /** Whether a demo point has a rollup at the history's first hour already (a restart, or telemetry since). */
    private boolean there(List<String> codes, Instant from) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM reading_1h WHERE bucket >= :from AND bucket < :until
                                  AND left(point_code, 11) IN (:codes))""")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(from.plus(Duration.ofDays(1))))
                .param("codes", codes).query(Boolean.class).single();
    }

    private int rollups(PointDefinition point, Instant from, Instant to, Instant outageFrom, Instant outageTo) {
        double low = point.l() != null ? point.l() : point.ll() != null ? point.ll() : point.rangeLow();
        double high = point.h() != null ? point.h() : point.hh() != null ? point.hh() : point.rangeHigh();
        double mid = (low + high) / 2;
        boolean gas = point.kind() == PointKind.KR || point.kind() == PointKind.YD;
        double amp = gas ? 0 : (high - low) * 0.15;
        double spread = Math.max((high - low) * 0.03, 0.001);
        if (gas) {
            mid = point.rangeLow() + (point.rangeHigh() - point.rangeLow()) * 0.02;
        } else if (point.kind() == PointKind.YQ) {
            mid = 20.9;
            amp = 0.1;
        }
        return jdbc.sql(ROLLUPS).param("point", point.code()).param("spread", spread).param("mid", mid)
                .param("amp", amp).param("phase", (point.code().hashCode() % 628) / 100.0)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("outageFrom", Timestamp.from(outageFrom)).param("outageTo", Timestamp.from(outageTo))
                .update();
    }

    /** A day's closed alarms of one enterprise: 0–2 high, 1–6 medium, 2–9 low priority, the same on every start. */
    private int alarms(String code, String path, List<PointDefinition> points, LocalDate day) {
        Random random = new Random((code + day).hashCode());
        int written = 0;
        int high = random.nextInt(3);
        int medium = 1 + random.nextInt(6);
        int low = 2 + random.nextInt(8);
        for (int n = 0; n < high + medium + low; n++) {
            PointDefinition point = points.get(random.nextInt(points.size()));
            String[] what = n < high ? (random.nextBoolean() ? new String[] {"LIMIT_HIGH", "HH", "HIGH"}
                    : new String[] {"LIMIT_LOW", "LL", "HIGH"})
                    : n < high + medium ? (random.nextBoolean() ? new String[] {"LIMIT_HIGH", "H", "MEDIUM"}
                    : new String[] {"RATE_OF_CHANGE", "RATE", "MEDIUM"})
                    : (random.nextBoolean() ? new String[] {"FLATLINE", "FLATLINE", "LOW"}
                    : new String[] {"POINT_OFFLINE", "OFFLINE", "LOW"});
            Instant raised = day.atStartOfDay(zone).toInstant().plusSeconds(random.nextInt(86_000));
            Instant acknowledged = raised.plusSeconds(30 + random.nextInt(600));
            Instant cleared = acknowledged.plusSeconds(60 + random.nextInt(2400));
            Double peak = peak(point, what[1]);
            UUID id = UUID.nameUUIDFromBytes((ACTOR + ":" + code + ":" + day + ":" + n)
                    .getBytes(StandardCharsets.UTF_8));
            written += jdbc.sql("""
                    INSERT INTO alarm_episode (id, enterprise_code, point_code, jurisdiction_path, kind, severity,
                        priority, state, active, acknowledged, cover, raised_at, cleared_at, peak_value, late, seq)
                    VALUES (:id, :enterprise, :point, :path, :kind, :severity, :priority, 'NORMAL', false, true,
                        'NONE', :raised, :cleared, :peak, false, 3)
                    ON CONFLICT DO NOTHING""")
                    .param("id", id).param("enterprise", code).param("point", point.code()).param("path", path)
                    .param("kind", what[0]).param("severity", what[1]).param("priority", what[2])
                    .param("raised", Timestamp.from(raised)).param("cleared", Timestamp.from(cleared))
                    .param("peak", peak).update();
            transition(id, 1, raised, ACTOR, "RAISED", "NORMAL", "UNACKNOWLEDGED", what[1], peak);
            transition(id, 2, acknowledged, "值班员", "ACKNOWLEDGED", "UNACKNOWLEDGED", "ACKNOWLEDGED", what[1], null);
            transition(id, 3, cleared, ACTOR, "CLEARED", "ACKNOWLEDGED", "NORMAL", what[1], null);
        }
        return written;
    }

    private void transition(UUID episode, int seq, Instant at, String actor, String kind, String from, String to,
                            String severity, Double value) {
        jdbc.sql("""
                INSERT INTO alarm_transition (episode_id, seq, at, actor, kind, from_state, to_state, severity, value)
                VALUES (:episode, :seq, :at, :actor, :kind, :from, :to, :severity, :value)
                ON CONFLICT DO NOTHING""")
                .param("episode", episode).param("seq", seq).param("at", Timestamp.from(at)).param("actor", actor)
                .param("kind", kind).param("from", from).param("to", to).param("severity", severity)
                .param("value", value).update();
    }

    private static Double peak(PointDefinition point, String severity) {
        double span = point.rangeHigh() - point.rangeLow();
        return switch (severity) {
            case "HH" -> point.hh() != null ? point.hh() + span * 0.01 : point.rangeHigh() - span * 0.05;
            case "H" -> point.h() != null ? point.h() + span * 0.01 : point.rangeHigh() - span * 0.15;
            case "LL" -> point.ll() != null ? point.ll() - span * 0.01 : point.rangeLow() + span * 0.05;
            default -> null;
        };
    }
}
