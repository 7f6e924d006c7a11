package org.hazwatch.platform.bulletin;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.hazwatch.platform.analysis.Report;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * Draws a report's charts on the server (JFreeChart) as PNG pictures for the PDF, in the bulletin's own embedded font,
 * so the picture reads the same on every machine.
 */
final class BulletinCharts {

    static final int WIDTH_PX = 1200;
    static final int HEIGHT_PX = 600;

    private BulletinCharts() {
    }

    static byte[] png(Report.Chart chart) {
        JFreeChart drawn = switch (chart.kind()) {
            case BAR -> ChartFactory.createBarChart(chart.title(), null, null, categories(chart),
                    PlotOrientation.VERTICAL, chart.series().size() > 1, false, false);
            case LINE -> ChartFactory.createLineChart(chart.title(), null, null, categories(chart),
                    PlotOrientation.VERTICAL, chart.series().size() > 1, false, false);
            case PIE -> pie(chart);
        };
        theme().apply(drawn);
        drawn.setBackgroundPaint(Color.WHITE);
        drawn.getPlot().setBackgroundPaint(Color.WHITE);
        BufferedImage image = drawn.createBufferedImage(WIDTH_PX, HEIGHT_PX);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultCategoryDataset categories(Report.Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Report.Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                Double v = i < series.values().size() ? series.values().get(i) : null;
                data.addValue(v, series.name(), chart.categories().get(i));
            }
        }
        return data;
    }

    /**
     * A pie shows the first series, one slice per category. A category of 0 gets no slice and no label (the legend
     * still names it): drawn, the labels of several empty grades (B, C, D of a good week) sat on top of each other.
     */
    static JFreeChart pie(Report.Chart chart) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        Report.Series series = chart.series().isEmpty() ? null : chart.series().get(0);
        for (int i = 0; series != null && i < chart.categories().size(); i++) {
            Double v = i < series.values().size() ? series.values().get(i) : null;
            data.setValue(chart.categories().get(i), v == null ? 0 : v);
        }
        JFreeChart pie = ChartFactory.createPieChart(chart.title(), data, true, false, false);
        PiePlot<?> plot = (PiePlot<?>) pie.getPlot();
        plot.setOutlineVisible(false);
        plot.setIgnoreZeroValues(true);
        plot.setNoDataMessage("无数据");
        return pie;
    }

    private static StandardChartTheme theme() {
        Font font = BulletinFont.awt();
        StandardChartTheme theme = new StandardChartTheme("通报");
        theme.setExtraLargeFont(font.deriveFont(Font.PLAIN, 30f));
        theme.setLargeFont(font.deriveFont(Font.PLAIN, 24f));
        theme.setRegularFont(font.deriveFont(Font.PLAIN, 22f));
        theme.setSmallFont(font.deriveFont(Font.PLAIN, 18f));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xCCCCCC));
        return theme;
    }
}
