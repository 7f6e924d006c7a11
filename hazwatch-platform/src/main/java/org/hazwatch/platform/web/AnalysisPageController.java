package org.hazwatch.platform.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hazwatch.platform.analysis.Analyses;
import org.hazwatch.platform.analysis.Report;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 研判 page: the report of a jurisdiction the regulator sees for a chosen period, its sections with their text,
 * tables (rates as percentages, "—" where there is no figure) and charts (server-side SVG).
 */
@Controller
class AnalysisPageController {

    private final Analyses analyses;
    private final Jurisdictions jurisdictions;

    AnalysisPageController(Analyses analyses, Jurisdictions jurisdictions) {
        this.analyses = analyses;
        this.jurisdictions = jurisdictions;
    }

    /** A section as the page draws it. */
    record SectionView(String heading, List<String> paragraphs, List<TableView> tables, List<String> charts) {
    }

    record TableView(String name, List<String> header, List<List<String>> rows) {
    }

    @GetMapping("/analysis")
    String page(Actor actor, @RequestParam(required = false) String jurisdiction,
                @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                Model model) {
        if (actor.role().isEnterprise()) {
            throw new NotFoundException("page", "analysis");
        }
        String code = jurisdiction != null && !jurisdiction.isBlank() ? jurisdiction : actor.jurisdictionCode();
        model.addAttribute("active", "analysis");
        model.addAttribute("today", analyses.today());
        if (code == null) {
            model.addAttribute("choices", jurisdictions.children(null));
            return "analysis";
        }
        Report report = analyses.report(actor, code, from, to);
        Jurisdiction node = jurisdictions.visible(actor, code);
        List<Jurisdiction> choices = new ArrayList<>();
        choices.add(node);
        choices.addAll(jurisdictions.children(node.code()));
        model.addAttribute("choices", choices);
        model.addAttribute("report", report);
        model.addAttribute("sections", report.sections().stream().map(AnalysisPageController::view).toList());
        return "analysis";
    }

    private static SectionView view(Report.Section s) {
        List<TableView> tables = s.tables().stream().map(t -> new TableView(t.name(), t.header(),
                t.rows().stream().map(r -> cells(r, t.percentColumns())).toList())).toList();
        return new SectionView(s.heading(), s.paragraphs(), tables,
                s.charts().stream().map(ReportCharts::svg).toList());
    }

    private static List<String> cells(List<Object> row, List<Integer> percent) {
        List<String> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            Object v = row.get(i);
            if (v == null) {
                cells.add("—");
            } else if (v instanceof Number n && percent.contains(i)) {
                cells.add(String.format(Locale.ROOT, "%.1f%%", n.doubleValue() * 100));
            } else if (v instanceof Double d) {
                cells.add(String.format(Locale.ROOT, "%.1f", d));
            } else {
                cells.add(v.toString());
            }
        }
        return cells;
    }
}
