package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeaksTest {

    @Test
    void aRawDoubleIsShownWithThreeSignificantDigitsAndTheUnit() {
        assertThat(Peaks.shown(2.1543129406869532, "MPa")).isEqualTo("2.15 MPa");
    }

    @Test
    void largerValuesKeepEveryIntegerDigitAndFewerDecimals() {
        assertThat(Peaks.shown(21.4567, "%LEL")).isEqualTo("21.5 %LEL");
        assertThat(Peaks.shown(1234.56, "ppm")).isEqualTo("1235 ppm");
        assertThat(Peaks.shown(100.0, "℃")).isEqualTo("100 ℃");
    }

    @Test
    void smallValuesKeepThreeDecimals() {
        assertThat(Peaks.shown(0.0123456, "MPa")).isEqualTo("0.012 MPa");
        assertThat(Peaks.shown(0.0004, "MPa")).isEqualTo("0 MPa");
    }

    @Test
    void trailingZerosAreDroppedAndNegativesKeepTheirSign() {
        assertThat(Peaks.shown(3.0, "m")).isEqualTo("3 m");
        assertThat(Peaks.shown(2.50001, "m")).isEqualTo("2.5 m");
        assertThat(Peaks.shown(-12.345, "℃")).isEqualTo("-12.3 ℃");
    }

    @Test
    void noPeakOrNoUnit() {
        assertThat(Peaks.shown(null, "MPa")).isEqualTo("—");
        assertThat(Peaks.shown(Double.NaN, "MPa")).isEqualTo("—");
        assertThat(Peaks.shown(7.456, null)).isEqualTo("7.46");
        assertThat(Peaks.shown(7.456, " ")).isEqualTo("7.46");
    }
}
