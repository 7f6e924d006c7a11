package org.hazwatch.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProvinceLineTest {

    @Test
    void writesTheFiguresInTheAgreedOrderWithMillisToATenth() {
        ProvinceLine line = new ProvinceLine(5_000, 500_000, 49_876.4, 123.44, 456.78, 1_234.5, 87.65, 432.1,
                812.6);

        assertThat(line.format()).isEqualTo("PROVINCE enterprises=5000 points=500000 rate=49876 alarm_p50_ms=123.4"
                + " alarm_p99_ms=456.8 warning_p99_ms=1234.5 trend30d_p95_ms=87.7 overview_p95_ms=432.1 heap_mib=813");
    }

    @Test
    void writesNotAvailableForWhatWasNotMeasured() {
        ProvinceLine line = new ProvinceLine(10, 100, 100, 1, 2, Double.NaN, Double.NaN, 3, Double.NaN);

        assertThat(line.format()).contains("warning_p99_ms=n/a trend30d_p95_ms=n/a").endsWith("heap_mib=n/a");
    }

    @Test
    void readsBackWhatItWrote() {
        ProvinceLine line = new ProvinceLine(200, 4_000, 2_000, 12.5, 80.1, 950.0, 40.2, 120.0, Double.NaN);

        ProvinceLine read = ProvinceLine.parse(line.format());

        assertThat(read.format()).isEqualTo(line.format());
        assertThat(read.alarmP99Millis()).isEqualTo(80.1);
        assertThat(read.heapMib()).isNaN();
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> ProvinceLine.parse("RESULT readings_per_s=1 p50_ms=2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProvinceLine.parse("PROVINCE enterprises=1 points=2 rate=3"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
