package org.hazwatch.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.warning.rules.AlarmFact;
import org.hazwatch.platform.warning.rules.Assessment;
import org.hazwatch.platform.warning.rules.ChangeKind;
import org.hazwatch.platform.warning.rules.EnterpriseFacts;
import org.hazwatch.platform.warning.rules.Prediction;
import org.hazwatch.platform.warning.rules.SourceFacts;
import org.hazwatch.platform.warning.rules.Standing;
import org.hazwatch.platform.warning.rules.Trend;
import org.hazwatch.platform.warning.rules.TrendWindow;
import org.hazwatch.platform.warning.rules.WarningChange;
import org.hazwatch.platform.warning.rules.WarningModel;
import org.hazwatch.platform.warning.rules.Weights;
import org.hazwatch.protocol.BeijingTime;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.EquipmentCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.hazwatch.protocol.PointCode;
import org.junit.jupiter.api.Test;

/**
 * The demo's warning episode played through the warning model with its default settings, a reading every 5 s as the
 * demo telemetry sends them, alarms at the sphere's registered limits (H/HH with the default deadbands, no delays)
 * and an assessment every minute: yellow, then red within five minutes, then lifted a hold after the return.
 */
class DemoEpisodeTest {

    static final Instant START = Instant.parse("2026-11-30T01:00:00Z");
    static final String TANK = "14052500002001G0001";

    /** The sphere's points: name, unit, H, HH, deadband (the alarm defaults), value outside the episode. */
    record Point(String code, String name, String unit, double h, double hh, double deadband, double normal) {
    }

    static final List<Point> POINTS = List.of(
            new Point(DemoEpisode.PRESSURE, "压力", "MPa", 1.8, 2.0, 0.064, 1.0),
            new Point(DemoEpisode.TEMPERATURE, "温度", "°C", 40.2, 49.8, 0.8, 20),
            new Point(DemoEpisode.LEVEL, "液位", "m", 10.2, 10.8, 0.6, 6));

    final DemoEpisode episode = new DemoEpisode(START, Duration.ofMinutes(60));

    @Test
    void theEpisodeRampsPastTheLimitsAndReturnsToNormal() {
        assertThat(episode.valueAt(DemoEpisode.PRESSURE, START.plusSeconds(10)).orElseThrow()).isCloseTo(1.0,
                within(0.02));
        assertThat(episode.valueAt(DemoEpisode.PRESSURE, START.plusSeconds(300)).orElseThrow()).isGreaterThan(2.0);
        assertThat(episode.valueAt(DemoEpisode.TEMPERATURE, START.plusSeconds(400)).orElseThrow()).isBetween(40.2,
                49.8);
        assertThat(episode.valueAt(DemoEpisode.LEVEL, START.plusSeconds(400)).orElseThrow()).isBetween(10.2, 10.8);
        assertThat(episode.valueAt(DemoEpisode.PRESSURE, START.plus(Duration.ofMinutes(12)))).isEmpty();
        assertThat(episode.valueAt(DemoEpisode.PRESSURE, START.plus(Duration.ofMinutes(62)))).isPresent();
        assertThat(episode.valueAt("14052500001001G0001YL001", START.plusSeconds(300))).isEmpty();
    }

    @Test
    void theModelGoesYellowThenRedWithinFiveMinutesAndLiftsTheWarningAfterwards() {
        WarningModel model = new WarningModel(Weights.defaults(), BeijingTime.ZONE);
        Map<String, TrendWindow> windows = new HashMap<>();
        Map<String, String> severity = new HashMap<>();
        Map<String, Instant> since = new HashMap<>();
        Map<Duration, String> changes = new LinkedHashMap<>();
        Standing standing = null;
        for (int s = 0; s <= 25 * 60; s += 5) {
            Instant now = START.plusSeconds(s);
            List<AlarmFact> alarms = new ArrayList<>();
            List<Prediction> predictions = new ArrayList<>();
            for (Point p : POINTS) {
                double v = episode.valueAt(p.code(), now).orElse(p.normal());
                windows.computeIfAbsent(p.code(), k -> new TrendWindow(Duration.ofMinutes(15), 60)).add(now, v);
                String was = severity.get(p.code());
                String is = v >= p.hh() || ("HH".equals(was) && v > p.hh() - p.deadband()) ? "HH"
                        : v >= p.h() || (was != null && v > p.h() - p.deadband()) ? "H" : null;
                if (is == null) {
                    severity.remove(p.code());
                    since.remove(p.code());
                } else {
                    severity.put(p.code(), is);
                    since.putIfAbsent(p.code(), now);
                    alarms.add(new AlarmFact(PointCode.of(p.code()), p.name(), EquipmentCode.of(TANK),
                            AlarmKind.LIMIT_HIGH, Severity.valueOf(is), since.get(p.code()), v,
                            is.equals("HH") ? p.hh() : p.h(), p.unit()));
                }
                Trend.predict(new Trend.Limits(p.code(), p.name(), p.unit(), null, null, p.h(), p.hh()),
                        windows.get(p.code()).samples(), now, Trend.Settings.defaults()).ifPresent(predictions::add);
            }
            if (s % 60 != 0) {
                continue;
            }
            EnterpriseFacts facts = new EnterpriseFacts(EnterpriseCode.of(DemoEpisode.ENTERPRISE), "山西晋丰煤化工有限责任公司",
                    List.of(new SourceFacts(HazardSourceCode.of("14052500002001"), "液氨储罐区", 1, alarms, predictions,
                            List.of())),
                    EnterpriseFacts.Commitment.ON_TIME, null, null, 0);
            Assessment source = model.assess(facts, now).get(0);
            WarningChange change = WarningChange.decide(standing, source, now, Duration.ofMinutes(5));
            if (change.kind() != null && change.kind() != ChangeKind.FACTORS_CHANGED) {
                changes.put(Duration.ofSeconds(s), change.kind() + " " + (change.after() == null ? ""
                        : change.after().level()));
            }
            standing = change.after();
        }

        assertThat(changes.values()).as(changes.toString())
                .containsExactly("RAISED YELLOW", "UPGRADED RED", "LIFTED ");
        List<Duration> at = new ArrayList<>(changes.keySet());
        assertThat(at.get(1)).as("red").isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(at.get(2)).as("lifted, a hold after the return").isBetween(Duration.ofMinutes(13),
                Duration.ofMinutes(20));
        assertThat(standing).isNull();
    }
}
