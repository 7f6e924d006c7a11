package org.hazwatch.platform.bulletin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void aRateIsAPercentageWithOneDecimalRoundedHalfUp() {
        assertThat(Figures.shown(0.98765, true)).isEqualTo("98.8%");
        assertThat(Figures.shown(0.5, true)).isEqualTo("50.0%");
        assertThat(Figures.shown(1, true)).isEqualTo("100.0%");
        assertThat(Figures.shown(0.00049, true)).isEqualTo("0.0%");
    }

    @Test
    void otherNumbersKeepAtMostTwoDecimalsAndNothingIsADash() {
        assertThat(Figures.shown(12, false)).isEqualTo("12");
        assertThat(Figures.shown(120L, false)).isEqualTo("120");
        assertThat(Figures.shown(3.14159, false)).isEqualTo("3.14");
        assertThat(Figures.shown(2.50, false)).isEqualTo("2.5");
        assertThat(Figures.shown(null, true)).isEqualTo("—");
        assertThat(Figures.shown("A", false)).isEqualTo("A");
    }

    @Test
    void sectionsAreNumberedInChinese() {
        assertThat(Figures.chineseNumeral(1)).isEqualTo("一");
        assertThat(Figures.chineseNumeral(10)).isEqualTo("十");
        assertThat(Figures.chineseNumeral(12)).isEqualTo("十二");
        assertThat(Figures.chineseNumeral(20)).isEqualTo("二十");
        assertThat(Figures.chineseNumeral(23)).isEqualTo("二十三");
    }
}
