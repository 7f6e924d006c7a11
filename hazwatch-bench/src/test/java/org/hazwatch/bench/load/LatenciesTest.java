package org.hazwatch.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesOfAHundredLatenciesFromOneToAHundredMillis() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.recordMillis(ms);
        }

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentileMillis(50)).isCloseTo(50, within(0.1));
        assertThat(latencies.percentileMillis(95)).isCloseTo(95, within(0.1));
        assertThat(latencies.percentileMillis(99)).isCloseTo(99, within(0.1));
        assertThat(latencies.percentileMillis(100)).isCloseTo(100, within(0.1));
    }

    @Test
    void twoSlowSamplesInAHundredMakeTheNinetyNinthPercentileNotTheNinetyFifth() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 98; i++) {
            latencies.recordMillis(10);
        }
        latencies.recordMillis(2_000);
        latencies.recordMillis(3_000);

        assertThat(latencies.percentileMillis(95)).isCloseTo(10, within(0.1));
        assertThat(latencies.percentileMillis(99)).isCloseTo(2_000, within(2.0));
    }

    @Test
    void nothingRecordedIsNotAvailableAndMissesAreCountedApart() {
        Latencies latencies = new Latencies();
        latencies.missed();

        assertThat(latencies.percentileMillis(99)).isNaN();
        assertThat(latencies.misses()).isEqualTo(1);
        assertThat(latencies.count()).isZero();
        assertThat(new ProvinceLine(1, 1, 1, latencies.percentileMillis(50), 0, 0, 0, 0, 0).format())
                .contains("alarm_p50_ms=n/a");
    }

    @Test
    void aNegativeLatencyCountsAsNone() {
        Latencies latencies = new Latencies();
        latencies.record(-5_000_000);

        assertThat(latencies.percentileMillis(50)).isZero();
    }
}
