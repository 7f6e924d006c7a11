package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.platform.telemetry.ReadingQuality;
import org.hazwatch.sim.Replay;
import org.hazwatch.sim.ReplayStep;
import org.hazwatch.sim.TePlant;
import org.hazwatch.sim.TePoint;
import org.hazwatch.protocol.Reading;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The Tennessee Eastman recordings of disturbances IDV(1), IDV(4) and IDV(6) replayed through the reading log into
 * the demo plant 14052500099, whose points carry Downs & Vogel's limits (operating limit H/L, shutdown limit HH/LL)
 * and the default deadband and delays. Each recording's readings are stamped at their recorded times from its own
 * fixed start (midnight, Asia/Shanghai, 9, 6 and 3 days ago: back-fill, so late), and the episodes are listed by
 * hours after the start. A context of its own: other demo tests send live readings of the same points, which would
 * make these older ones out of order.
 */
@DemoTest
@TestPropertySource(properties = "hazwatch.alarm.save-every=1m")
class TennesseeEastmanAlarmsTest {

    record Row(String point, String kind, String severity, String state, Instant raisedAt, Instant clearedAt,
               Double peak, boolean late) {
    }

    @Autowired
    ReadingLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AlarmEngine engine;

    @Test
    void replayingDisturbancesOneFourAndSixRaisesTheAlarmsTheRecordingsCrossed() {
        Map<String, TePoint> points = TePlant.POINTS.stream()
                .collect(Collectors.toMap(TePoint::code, Function.identity()));
        Map<Integer, List<Row>> byDisturbance = new java.util.LinkedHashMap<>();
        int daysAgo = 9;
        for (int disturbance : List.of(1, 4, 6)) {
            Instant start = LocalDate.now(Replay.PLANT_ZONE).minusDays(daysAgo).atStartOfDay(Replay.PLANT_ZONE)
                    .toInstant();
            for (ReplayStep step : Replay.ofTePlant(disturbance, start, 1.0).steps()) {
                log.append(step.readings().stream().map(r -> reading(r, points.get(r.pointCode()))).toList()).join();
            }
            byDisturbance.put(disturbance, episodesBetween(start, start.plus(Duration.ofHours(51))));
            print(disturbance, start, byDisturbance.get(disturbance));
            daysAgo -= 3;
        }

        String reactorPressure = TePlant.REACTOR.code() + "YL001";
        assertThat(byDisturbance.get(1)).isNotEmpty().allMatch(Row::late)
                .noneMatch(r -> r.kind().startsWith("LIMIT"));
        assertThat(byDisturbance.get(4)).isEmpty();
        // IDV(6), loss of A feed: the reactor pressure climbs past the operating limit (H 2895 kPa) some 8 hours
        // in and stays there, short of the shutdown limit (HH 3000 kPa), under Ricker's control.
        assertThat(byDisturbance.get(6)).filteredOn(r -> r.kind().equals("LIMIT_HIGH")).singleElement()
                .satisfies(r -> {
                    assertThat(r.point()).isEqualTo(reactorPressure);
                    assertThat(r.severity()).isEqualTo("H");
                    assertThat(r.clearedAt()).isNull();
                    assertThat(r.peak()).isBetween(2895.0, 3000.0);
                });
    }

    private List<Row> episodesBetween(Instant from, Instant to) {
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(30))
                .until(() -> engine.call(() -> true));
        return jdbc.sql("""
                SELECT point_code, kind, severity, state, raised_at, cleared_at, peak_value, late FROM alarm_episode
                WHERE enterprise_code = :e AND raised_at >= :from AND raised_at < :to ORDER BY raised_at, point_code""")
                .param("e", TePlant.ENTERPRISE_CODE).param("from", AlarmStore.ts(from)).param("to", AlarmStore.ts(to))
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        AlarmStore.instant(rs, "raised_at"), AlarmStore.instant(rs, "cleared_at"),
                        rs.getObject(7) == null ? null : rs.getDouble(7), rs.getBoolean(8))).list();
    }

    private static NewReading reading(Reading r, TePoint point) {
        boolean inRange = r.value() >= point.rangeLow() && r.value() <= point.rangeHigh();
        return new NewReading(r.pointCode(), r.time().toInstant(), r.value(),
                inRange ? ReadingQuality.GOOD : ReadingQuality.INVALID, true);
    }

    private void print(int disturbance, Instant start, List<Row> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("TE IDV(" + disturbance + "): " + rows.size() + " episodes");
        for (Row r : rows) {
            List<String> severities = jdbc.sql("""
                    SELECT t.severity FROM alarm_transition t JOIN alarm_episode e ON e.id = t.episode_id
                    WHERE e.point_code = :p AND e.kind = :k AND e.raised_at = :at AND t.kind IN ('RAISED',
                    'SEVERITY_CHANGED') ORDER BY t.seq""").param("p", r.point()).param("k", r.kind())
                    .param("at", AlarmStore.ts(r.raisedAt())).query(String.class).list();
            List<String> path = new ArrayList<>();
            severities.forEach(sev -> {
                if (path.isEmpty() || !path.get(path.size() - 1).equals(sev)) {
                    path.add(sev);
                }
            });
            long raises = jdbc.sql("""
                    SELECT count(*) FROM alarm_transition t JOIN alarm_episode e ON e.id = t.episode_id
                    WHERE e.point_code = :p AND e.kind = :k AND e.raised_at = :at AND t.kind = 'RAISED'""")
                    .param("p", r.point()).param("k", r.kind()).param("at", AlarmStore.ts(r.raisedAt()))
                    .query(Long.class).single();
            lines.add("  | %s | %s | %s | %s | %d | %s | %s | %s | %s |".formatted(r.point(), name(r.point()),
                    r.kind(), String.join("→", path), raises, hours(start, r.raisedAt()),
                    hours(start, r.clearedAt()), r.peak(), r.state()));
        }
        System.out.println(String.join("\n", lines));
    }

    private static String name(String code) {
        return TePlant.POINTS.stream().filter(p -> p.code().equals(code)).map(TePoint::name).findFirst().orElse("");
    }

    private static String hours(Instant start, Instant at) {
        if (at == null) {
            return "still active";
        }
        long minutes = Duration.between(start, at).toMinutes();
        return "%d:%02d h".formatted(minutes / 60, minutes % 60);
    }
}
