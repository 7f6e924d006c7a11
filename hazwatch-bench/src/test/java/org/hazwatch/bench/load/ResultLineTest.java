package org.hazwatch.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ResultLineTest {

    @Test
    void writesTheFiveFiguresInTheAgreedOrderAndRounding() {
        ResultLine line = new ResultLine(101_481.4, 181.64, 361.66, OptionalDouble.of(162_349.2));

        assertThat(line.format()).isEqualTo(
                "RESULT readings_per_s=101481 p50_ms=181.6 p99_ms=361.7 copy_baseline_per_s=162349 ratio=0.63");
    }

    @Test
    void writesNotAvailableWithoutABaseline() {
        assertThat(new ResultLine(5_000, 1, 2, OptionalDouble.empty()).format())
                .endsWith("copy_baseline_per_s=n/a ratio=n/a");
    }

    @Test
    void readsBackWhatItWrote() {
        ResultLine line = new ResultLine(100_000, 12.5, 80.1, OptionalDouble.of(150_000));

        ResultLine read = ResultLine.parse(line.format());

        assertThat(read).isEqualTo(line);
        assertThat(read.ratio()).hasValueCloseTo(0.667, org.assertj.core.data.Offset.offset(0.001));
        assertThat(ResultLine.parse(new ResultLine(1, 2, 3, OptionalDouble.empty()).format()).baselinePerSecond())
                .isEmpty();
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> ResultLine.parse("RESULT readings_per_s=1 p50_ms=2"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
