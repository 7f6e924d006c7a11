package org.hazwatch.platform.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The period and the one before, comparisons in a bulletin's words, grades and naming (SPEC §9). */
class ReportRulesTest {

    @Test
    void thePreviousPeriodHasTheSameLengthAndEndsTheDayBefore() {
        ReportPeriod november = new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(november.days()).isEqualTo(30);
        assertThat(november.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 2),
                LocalDate.of(2026, 10, 31)));
        ReportPeriod week = new ReportPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6));
        assertThat(week.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 29)));
    }

    @Test
    void onlyTheDaysThatEndedAreDue() {
        ReportPeriod week = new ReportPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6));
        assertThat(week.daysEndedBy(LocalDate.of(2026, 12, 3))).isEqualTo(3);
        assertThat(week.daysEndedBy(LocalDate.of(2026, 11, 30))).isZero();
        assertThat(week.daysEndedBy(LocalDate.of(2026, 12, 7))).isEqualTo(7);
        assertThat(week.daysEndedBy(LocalDate.of(2027, 1, 1))).isEqualTo(7);
    }

    @Test
    void aPeriodEndingBeforeItStartsOrLongerThanAYearIsRefused() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 1)))
                .hasMessageContaining("早于");
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2)))
                .hasMessageContaining("366");
        assertThat(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).days()).isEqualTo(366);
    }

    @Test
    void countsCompareByTheirDifference() {
        assertThat(Change.ofCount(12, 9)).isEqualTo("上期 9，增加 3");
        assertThat(Change.ofCount(7, 9)).isEqualTo("上期 9，减少 2");
        assertThat(Change.ofCount(9, 9)).isEqualTo("上期 9，持平");
    }

    @Test
    void ratesCompareByPercentagePointsAndAnUnknownRateIsADash() {
        assertThat(Change.ofRate(0.953, 0.932)).isEqualTo("上期 93.2%，上升 2.1 个百分点");
        assertThat(Change.ofRate(0.5, 1.0)).isEqualTo("上期 100.0%，下降 50.0 个百分点");
        assertThat(Change.ofRate(0.5, null)).isEqualTo("上期 —");
        assertThat(Change.ofRate(null, 0.5)).isEqualTo("上期 50.0%");
        assertThat(Change.percent(null)).isEqualTo("—");
        assertThat(Change.rate(1, 0)).isNull();
        assertThat(Change.ofScore(82.5, 85.0)).isEqualTo("上期 85.0 分，下降 2.5 分");
    }

    @Test
    void gradesFollowTheSpecBoundaries() {
        assertThat(QualityGrade.of(90)).isEqualTo("A");
        assertThat(QualityGrade.of(89.99)).isEqualTo("B");
        assertThat(QualityGrade.of(80)).isEqualTo("B");
        assertThat(QualityGrade.of(60)).isEqualTo("C");
        assertThat(QualityGrade.of(59.9)).isEqualTo("D");
    }

    @Test
    void anEnterpriseIsNamedAtThreeDaysWithoutCommitmentAndAfterMoreThan24HoursOffline() {
        NamingRule rule = NamingRule.SPEC_DEFAULTS;
        assertThat(rule.reasons(new NamingRule.Conduct(2, 24, 0, 0))).isEmpty();
        assertThat(rule.reasons(new NamingRule.Conduct(3, 25, 0, 0)))
                .containsExactly("未作安全承诺 3 天", "无故离线累计 25 小时");
        assertThat(rule.reasons(new NamingRule.Conduct(0, 0, 1, 2)))
                .containsExactly("预警处置超时 1 起", "整改逾期 2 项");
        assertThat(new NamingRule(5, 48, 1, 1).reasons(new NamingRule.Conduct(4, 30, 0, 0))).isEmpty();
    }
}
