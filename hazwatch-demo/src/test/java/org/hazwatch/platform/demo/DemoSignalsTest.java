package org.hazwatch.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.protocol.PointKind;
import org.junit.jupiter.api.Test;

class DemoSignalsTest {

    /** A tank level of range 0–3.2 m with L 0.32 and H 2.72, sampled every 5 s for two days. */
    final PointDefinition level = new PointDefinition("14052500001001G0001YW001", "14052500001", "14052500001001",
            "14052500001001G0001", PointKind.YW, "液位", "m", 0, 3.2, 0.16, 0.32, 2.72, 2.88, null, null, null, null);

    @Test
    void staysInsideTheLimitsMostOfTheTimeAndInsideTheRangeAlways() {
        List<Double> values = twoDaysOf(level);

        assertThat(values).allSatisfy(v -> assertThat(v).isBetween(0.0, 3.2));
        long inside = values.stream().filter(v -> v >= 0.32 && v <= 2.72).count();
        assertThat(inside).isGreaterThan(values.size() * 95L / 100);
    }

    @Test
    void nowAndThenRampsPastTheHighLimitSoThatAlarmsHaveSomethingToRaise() {
        List<Double> values = twoDaysOf(level);

        assertThat(values).anySatisfy(v -> assertThat(v).isGreaterThan(2.72));
        assertThat(values).noneSatisfy(v -> assertThat(v).isLessThan(0.32));
    }

    @Test
    void movesSlowly() {
        List<Double> values = twoDaysOf(level);

        for (int i = 1; i < 720; i++) {
            assertThat(Math.abs(values.get(i) - values.get(i - 1))).as("step %d", i).isLessThan(0.25);
        }
    }

    private static List<Double> twoDaysOf(PointDefinition point) {
        DemoSignals.Signal signal = new DemoSignals(7).signal(point);
        Instant at = Instant.parse("2026-11-30T00:00:00Z");
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 2 * 24 * 720; i++) {
            values.add(signal.valueAt(at.plus(Duration.ofSeconds(5L * i))));
        }
        return values;
    }
}
