package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.hazwatch.platform.analysis.Report;
import org.junit.jupiter.api.Test;

/** The page's charts as inline SVG: a bar per value, a missing value drawn as nothing, names escaped. */
class ReportChartsTest {

    @Test
    void barsAreDrawnForValuesAndAMissingValueIsLeftOut() {
        Report.Chart chart = new Report.Chart("下级辖区排名", Report.Chart.Kind.BAR, List.of("甲<园区>", "乙园区"),
                List.of(new Report.Series("在线率（%）", Arrays.asList(80.0, null))));
        String svg = ReportCharts.svg(chart);
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("下级辖区排名").contains("甲&lt;园区&gt;")
                .doesNotContain("<园区>");
        assertThat(svg.split("<rect x=", -1)).hasSize(1 + 1 + 1); // one bar, one legend swatch
    }

    @Test
    void aLineHasAPointPerDayAndAPieASlicePerGrade() {
        String line = ReportCharts.svg(new Report.Chart("每日报警数", Report.Chart.Kind.LINE, List.of("1日", "2日", "3日"),
                List.of(new Report.Series("本期", List.of(1.0, 3.0, 2.0)))));
        assertThat(line).containsPattern("<polyline[^>]*points=\"[0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+\"");
        String pie = ReportCharts.svg(new Report.Chart("等级分布", Report.Chart.Kind.PIE, List.of("A", "B", "C", "D"),
                List.of(new Report.Series("企业数", List.of(1.0, 0.0, 1.0, 0.0)))));
        assertThat(pie.split("<path ", -1)).hasSize(3);
    }

    @Test
    void theScaleEndsAtOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ReportCharts.niceCeiling(3)).isEqualTo(5);
        assertThat(ReportCharts.niceCeiling(17)).isEqualTo(20);
        assertThat(ReportCharts.niceCeiling(100)).isEqualTo(100);
        assertThat(ReportCharts.niceCeiling(0.7)).isEqualTo(1);
    }
}
