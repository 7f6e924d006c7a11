package org.hazwatch.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ResultLineTest {

    @Test
    void writesTheFiguresInTheAgreedOrderAndRoundingTheResendOnesLast() {
        ResultLine line = new ResultLine(101_481.4, 181.64, 361.66, OptionalDouble.of(162_349.2),
                OptionalDouble.of(91_333.3));

        assertThat(line.format()).isEqualTo(
                "RESULT readings_per_s=101481 p50_ms=181.6 p99_ms=361.7 copy_baseline_per_s=162349 ratio=0.63"
                        + " resend_per_s=91333 resend_ratio=0.90");
    }

    @Test
    void writesNotAvailableWithoutAResendPhase() {
        assertThat(new ResultLine(5_000, 1, 2, OptionalDouble.of(9_000)).format())
                .endsWith("ratio=0.56 resend_per_s=n/a resend_ratio=n/a");
    }

    @Test
    void readsALineFromBeforeTheResendPhase() {
        ResultLine read = ResultLine.parse(
                "RESULT readings_per_s=46000 p50_ms=12.0 p99_ms=40.0 copy_baseline_per_s=90000 ratio=0.51");

        assertThat(read.readingsPerSecond()).isEqualTo(46_000);
        assertThat(read.resendPerSecond()).isEmpty();
    }

    @Test
    void writesNotAvailableWithoutABaseline() {
        assertThat(new ResultLine(5_000, 1, 2, OptionalDouble.empty()).format())
                .contains("copy_baseline_per_s=n/a ratio=n/a ");
    }

    @Test
    void readsBackWhatItWrote() {
        ResultLine line = new ResultLine(100_000, 12.5, 80.1, OptionalDouble.of(150_000), OptionalDouble.of(85_000));

        ResultLine read = ResultLine.parse(line.format());

        assertThat(read).isEqualTo(line);
        assertThat(read.ratio()).hasValueCloseTo(0.667, org.assertj.core.data.Offset.offset(0.001));
        assertThat(read.resendRatio()).hasValueCloseTo(0.85, org.assertj.core.data.Offset.offset(0.001));
        assertThat(ResultLine.parse(new ResultLine(1, 2, 3, OptionalDouble.empty()).format()).baselinePerSecond())
                .isEmpty();
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> ResultLine.parse("RESULT readings_per_s=1 p50_ms=2"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
