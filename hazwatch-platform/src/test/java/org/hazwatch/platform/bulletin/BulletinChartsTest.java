package org.hazwatch.platform.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hazwatch.platform.analysis.Report;
import org.jfree.chart.plot.PiePlot;
import org.junit.jupiter.api.Test;

/** The bulletin's quality pie: grades of no enterprise get no slice, so their labels cannot pile up. */
class BulletinChartsTest {

    @Test
    void aGradeOfNoEnterpriseGetsNoSliceNorLabel() {
        Report.Chart chart = new Report.Chart("数据质量等级分布", Report.Chart.Kind.PIE, List.of("A", "B", "C", "D"),
                List.of(new Report.Series("企业数", List.of(12.0, 0.0, 0.0, 0.0))));

        PiePlot<?> plot = (PiePlot<?>) BulletinCharts.pie(chart).getPlot();

        assertThat(plot.getIgnoreZeroValues()).isTrue();
        assertThat(plot.getDataset().getItemCount()).isEqualTo(4); // the legend still names every grade
        assertThat(plot.getNoDataMessage()).isEqualTo("无数据");
        assertThat(BulletinCharts.png(chart)).startsWith(0x89, 'P', 'N', 'G');
    }
}
