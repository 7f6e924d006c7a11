package org.hazwatch.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.platform.warning.rules.WarningModel;
import org.hazwatch.platform.warning.rules.Weights;
import org.junit.jupiter.api.Test;

/**
 * The demo's warning episode played through the warning model with its default settings, a reading every 5 s as the
 * demo telemetry sends them and an assessment every minute: yellow from the predicted crossing, red with the HH
 * alarm within five minutes, lifted after the values are back and the hold has passed.
 */
class DemoEpisodeTest {

    static final Instant START = Instant.parse("2026-11-30T01:00:00Z");
    final DemoEpisode episode = new DemoEpisode(START, Duration.ofMinutes(60));

    @Test
    void theEpisodeRampsPastHighHighAndReturnsToNormal() {
        assertThat(episode.valueAt(DemoEpisode.PRESSURE, START.plusSeconds(10)).orElseThrow()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(0.02));
        assertThat(episode.valueAt(DemoEpisode.PRESSURE, START.plusSeconds(300)).orElseThrow()).isGreaterThan(2.0);
        assertThat(episode.valueAt(DemoEpisode.TEMPERATURE, START.plusSeconds(400)).orElseThrow()).isBetween(40.2,
                49.8);
        assertThat(episode.valueAt(DemoEpisode.PRESSURE, START.plus(Duration.ofMinutes(12)))).isEmpty();
        assertThat(episode.valueAt(DemoEpisode.PRESSURE, START.plus(Duration.ofMinutes(62)))).isPresent();
        assertThat(episode.valueAt("14052500001001G0001YL001", START.plusSeconds(300))).isEmpty();
    }

    @Test
    void theModelGoesYellowThenRedWithinFiveMinutesAndLiftsTheWarningAfterwards() {
        WarningModel model = new WarningModel(Weights.defaults());
        TrendWindow pressure = new TrendWindow(Duration.ofMinutes(15), 60);
        TrendWindow temperature = new TrendWindow(Duration.ofMinutes(15), 60);
        Map<Duration, String> changes = new LinkedHashMap<>();
        Standing standing = null;
        Instant hhSince = null;
        for (int s = 0; s <= 25 * 60; s += 5) {
            Instant now = START.plusSeconds(s);
            double p = episode.valueAt(DemoEpisode.PRESSURE, now).orElse(1.0);
            pressure.add(now, p);
            temperature.add(now, episode.valueAt(DemoEpisode.TEMPERATURE, now).orElse(20));
            hhSince = p >= 2.0 ? (hhSince == null ? now : hhSince) : (p < 1.936 ? null : hhSince);
            if (s % 60 != 0) {
                continue;
            }
            List<Prediction> predictions = new ArrayList<>();
            Trend.predict(DemoEpisode.PRESSURE, "压力", "MPa", 2.0, null, pressure.samples(), now,
                    Trend.Settings.defaults()).ifPresent(predictions::add);
            Trend.predict(DemoEpisode.TEMPERATURE, "温度", "°C", 49.8, null, temperature.samples(), now,
                    Trend.Settings.defaults()).ifPresent(predictions::add);
            List<AlarmFact> alarms = hhSince == null ? List.of() : List.of(new AlarmFact(DemoEpisode.PRESSURE, "压力",
                    DemoEpisode.PRESSURE.substring(0, 19), "LIMIT_HIGH", "HH", hhSince, p, 2.0, "MPa"));
            EnterpriseFacts facts = new EnterpriseFacts(DemoEpisode.ENTERPRISE, "山西晋丰煤化工有限责任公司",
                    List.of(new SourceFacts("14052500002001", "液氨储罐区", 1, alarms, predictions, List.of())),
                    EnterpriseFacts.Commitment.ON_TIME, null, null, 0);
            Assessment source = model.assess(facts, now).get(0);
            WarningChange change = WarningChange.decide(standing, source, now, Duration.ofMinutes(5));
            if (change.kind() != null && change.kind() != ChangeKind.FACTORS_CHANGED) {
                changes.put(Duration.ofSeconds(s), change.kind() + " " + change.after());
            }
            standing = change.after();
        }

        List<String> kinds = changes.values().stream().map(c -> c.substring(0, c.indexOf(' '))).toList();
        assertThat(kinds).as(changes.toString()).startsWith("RAISED", "UPGRADED").endsWith("LIFTED");
        assertThat(changes.values().iterator().next()).contains("YELLOW");
        Duration red = changes.entrySet().stream().filter(e -> e.getValue().contains("level=RED")).findFirst()
                .orElseThrow().getKey();
        assertThat(red).isLessThanOrEqualTo(Duration.ofMinutes(5));
        Duration lifted = changes.entrySet().stream().filter(e -> e.getValue().startsWith("LIFTED")).findFirst()
                .orElseThrow().getKey();
        assertThat(lifted).isBetween(Duration.ofMinutes(12), Duration.ofMinutes(20));
        assertThat(standing).isNull();
    }
}
