package org.hazwatch.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.quality.DataQuality;
import org.hazwatch.platform.quality.JurisdictionQualityView;
import org.hazwatch.platform.quality.NeverConnectedPoint;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Data quality (数据质量) in the browser: a jurisdiction's day (mean, grade distribution, ranking), its 30-day trend
 * drawn as SVG on the server, the points never connected (应接尽接) with their Excel export, and the drill-down to an
 * enterprise's worst points with the reasons. Without a day, yesterday (the last day the job computed).
 */
@Controller
class QualityPageController {

    static final int TREND_DAYS = 30;

    private final DataQuality quality;

    QualityPageController(DataQuality quality) {
        this.quality = quality;
    }

    /** A point of the trend's polyline (x, y in the SVG's 600 × 160 box) and its label. */
    record TrendPoint(double x, double y, String day, String score) {
    }

    @GetMapping("/quality")
    String page(Actor actor, @RequestParam(required = false) String jurisdiction,
                @RequestParam(required = false) LocalDate day, Model model) {
        String code = jurisdiction == null || jurisdiction.isBlank() ? actor.jurisdictionCode() : jurisdiction;
        LocalDate shown = day == null ? quality.today().minusDays(1) : day;
        JurisdictionQualityView view = quality.jurisdiction(actor, code, shown);
        List<JurisdictionQualityView.TrendDay> trend = quality.trend(actor, code, TREND_DAYS);
        model.addAttribute("q", view);
        model.addAttribute("day", shown);
        model.addAttribute("trend", trend);
        model.addAttribute("trendLine", trendLine(trend));
        model.addAttribute("never", quality.neverConnected(actor, code));
        model.addAttribute("maxGrade", Math.max(1, view.grades().values().stream().mapToInt(i -> i).max().orElse(1)));
        return "quality/jurisdiction";
    }

    @GetMapping("/quality/enterprises/{code}")
    String enterprise(Actor actor, @PathVariable String code, @RequestParam(required = false) LocalDate day,
                      Model model) {
        LocalDate shown = day == null ? quality.today().minusDays(1) : day;
        model.addAttribute("e", quality.enterprise(actor, code, shown));
        model.addAttribute("day", shown);
        return "quality/enterprise";
    }

    @GetMapping("/quality/never-connected.xlsx")
    ResponseEntity<byte[]> neverConnected(Actor actor, @RequestParam(required = false) String jurisdiction) {
        String code = jurisdiction == null || jurisdiction.isBlank() ? actor.jurisdictionCode() : jurisdiction;
        List<LedgerTables.Row> rows = new ArrayList<>();
        for (NeverConnectedPoint p : quality.neverConnected(actor, code)) {
            rows.add(new LedgerTables.Row(p.pointCode(), List.of(p.enterpriseName(), p.enterpriseCode(),
                    p.pointCode(), p.pointName(), p.kind(), p.unit()), ""));
        }
        byte[] xlsx = LedgerWorkbook.write(List.of(new LedgerTables.Table("never", "从未接入点位",
                List.of("企业名称", "企业编码", "点位编码", "点位名称", "类型", "单位"), rows)));
        return ResponseEntity.ok().contentType(RegistryPageController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("应接尽接-从未接入点位.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
    }

    static List<TrendPoint> trendLine(List<JurisdictionQualityView.TrendDay> trend) {
        List<TrendPoint> line = new ArrayList<>();
        double step = trend.size() > 1 ? 580.0 / (trend.size() - 1) : 0;
        for (int i = 0; i < trend.size(); i++) {
            JurisdictionQualityView.TrendDay d = trend.get(i);
            if (d.score() != null) {
                line.add(new TrendPoint(10 + i * step, 150 - d.score() * 1.4, d.day().toString(),
                        String.format("%.2f", d.score())));
            }
        }
        return line;
    }
}
