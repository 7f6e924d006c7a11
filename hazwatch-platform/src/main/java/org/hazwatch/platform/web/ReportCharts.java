package org.hazwatch.platform.web;

import java.util.List;
import java.util.Locale;
import org.hazwatch.platform.analysis.Report;
import org.springframework.web.util.HtmlUtils;

/**
 * A report's chart drawn as inline SVG on the server (no script, no CDN; the CSP allows it): grouped bars, lines
 * over the days, or a pie. Values missing ("—") are left out, never drawn as 0.
 */
final class ReportCharts {

    static final String[] COLOURS = {"#1976d2", "#d32f2f", "#f57c00", "#388e3c", "#7b1fa2", "#fbc02d", "#00838f",
        "#5d4037"};
    private static final int W = 760;
    private static final int H = 260;
    private static final int LEFT = 44;
    private static final int TOP = 24;
    private static final int BOTTOM = 56;

    private ReportCharts() {
    }

    static String svg(Report.Chart chart) {
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ')
                .append(H + 24 + 18 * ((chart.series().size() + 3) / 4)).append("\" role=\"img\" aria-label=\"")
                .append(esc(chart.title())).append("\">");
        s.append("<text x=\"").append(W / 2).append("\" y=\"16\" text-anchor=\"middle\" font-size=\"14\">")
                .append(esc(chart.title())).append("</text>");
        if (chart.kind() == Report.Chart.Kind.PIE) {
            pie(s, chart);
        } else {
            axes(s, chart);
        }
        legend(s, chart.kind() == Report.Chart.Kind.PIE ? chart.categories() : chart.series().stream()
                .map(Report.Series::name).toList());
        return s.append("</svg>").toString();
    }

    private static void axes(StringBuilder s, Report.Chart chart) {
        double max = chart.series().stream().flatMap(x -> x.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double top = max <= 0 ? 1 : niceCeiling(max);
        int n = Math.max(1, chart.categories().size());
        double plotW = W - LEFT - 10;
        double plotH = H - TOP - BOTTOM;
        double step = plotW / n;
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotH - plotH * i / 4;
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - 10).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"#e0e5ea\"/>");
            s.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"10\">").append(num(top * i / 4)).append("</text>");
        }
        int every = Math.max(1, n / 16);
        for (int i = 0; i < chart.categories().size(); i += every) {
            double x = LEFT + step * (i + 0.5);
            s.append("<text x=\"").append(f(x)).append("\" y=\"").append(TOP + plotH + 14)
                    .append("\" text-anchor=\"middle\" font-size=\"10\">").append(esc(chart.categories().get(i)))
                    .append("</text>");
        }
        List<Report.Series> series = chart.series();
        for (int k = 0; k < series.size(); k++) {
            String colour = COLOURS[k % COLOURS.length];
            List<Double> values = series.get(k).values();
            if (chart.kind() == Report.Chart.Kind.BAR) {
                double bw = step * 0.8 / series.size();
                for (int i = 0; i < values.size() && i < n; i++) {
                    Double v = values.get(i);
                    if (v != null) {
                        double h = plotH * v / top;
                        s.append("<rect x=\"").append(f(LEFT + step * i + step * 0.1 + bw * k)).append("\" y=\"")
                                .append(f(TOP + plotH - h)).append("\" width=\"").append(f(bw)).append("\" height=\"")
                                .append(f(h)).append("\" fill=\"").append(colour).append("\"><title>")
                                .append(esc(series.get(k).name() + " " + chart.categories().get(i) + "：" + num(v)))
                                .append("</title></rect>");
                    }
                }
            } else {
                StringBuilder points = new StringBuilder();
                for (int i = 0; i < values.size() && i < n; i++) {
                    Double v = values.get(i);
                    if (v != null) {
                        points.append(f(LEFT + step * (i + 0.5))).append(',').append(f(TOP + plotH - plotH * v / top))
                                .append(' ');
                    }
                }
                s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
                        .append(points.toString().strip()).append("\"/>");
            }
        }
    }

    private static void pie(StringBuilder s, Report.Chart chart) {
        List<Double> values = chart.series().isEmpty() ? List.of() : chart.series().get(0).values();
        double total = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).sum();
        double cx = W / 2.0;
        double cy = TOP + (H - TOP - BOTTOM) / 2.0 + 10;
        double r = (H - TOP - BOTTOM) / 2.0;
        if (total <= 0) {
            s.append("<text x=\"").append(f(cx)).append("\" y=\"").append(f(cy))
                    .append("\" text-anchor=\"middle\" font-size=\"12\">—</text>");
            return;
        }
        double angle = -Math.PI / 2;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null || v <= 0) {
                continue;
            }
            String colour = COLOURS[i % COLOURS.length];
            String label = esc(chart.categories().get(i) + "：" + num(v));
            if (v >= total) {
                s.append("<circle cx=\"").append(f(cx)).append("\" cy=\"").append(f(cy)).append("\" r=\"").append(f(r))
                        .append("\" fill=\"").append(colour).append("\"><title>").append(label)
                        .append("</title></circle>");
                return;
            }
            double next = angle + 2 * Math.PI * v / total;
            s.append("<path d=\"M").append(f(cx)).append(',').append(f(cy)).append(" L")
                    .append(f(cx + r * Math.cos(angle))).append(',').append(f(cy + r * Math.sin(angle)))
                    .append(" A").append(f(r)).append(',').append(f(r)).append(" 0 ")
                    .append(next - angle > Math.PI ? 1 : 0).append(",1 ").append(f(cx + r * Math.cos(next)))
                    .append(',').append(f(cy + r * Math.sin(next))).append(" Z\" fill=\"").append(colour)
                    .append("\"><title>").append(label).append("</title></path>");
            angle = next;
        }
    }

    private static void legend(StringBuilder s, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            int x = LEFT + (i % 4) * 180;
            int y = H + 8 + (i / 4) * 18;
            s.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10)
                    .append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS[i % COLOURS.length]).append("\"/><text x=\"").append(x + 16).append("\" y=\"")
                    .append(y).append("\" font-size=\"12\">").append(esc(names.get(i))).append("</text>");
        }
    }

    /** 1, 2, 5 × 10ⁿ at or above {@code max}. */
    static double niceCeiling(double max) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= max) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
