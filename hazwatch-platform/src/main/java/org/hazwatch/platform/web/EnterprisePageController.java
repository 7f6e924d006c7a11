package org.hazwatch.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.commitment.Commitments;
import org.hazwatch.platform.custody.Custody;
import org.hazwatch.platform.filing.FilingView;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.GradingView;
import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.video.Video;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The enterprise page (企业监测页): hazard sources with their GB 18218 grading and its working, every point with its
 * live value, limits and state, the open alarms, and the duties — commitment, custody, filings.
 */
@Controller
class EnterprisePageController {

    /** A hazard source with its grading worked out (S, R, α and each chemical's share). */
    record GradedSource(HazardSourceView source, GradingView grading, List<EnterprisePointRow> points) {
    }

    private final EnterpriseViews views;
    private final Registry registry;
    private final Commitments commitments;
    private final Custody custody;
    private final Filings filings;
    private final EnterpriseWarningController warnings;
    private final Video video;

    EnterprisePageController(EnterpriseViews views, Registry registry, Commitments commitments, Custody custody,
                             Filings filings, EnterpriseWarningController warnings, Video video) {
        this.video = video;
        this.warnings = warnings;
        this.views = views;
        this.registry = registry;
        this.commitments = commitments;
        this.custody = custody;
        this.filings = filings;
    }

    @GetMapping("/enterprises/{code}")
    String page(Actor actor, @PathVariable String code, Model model) {
        RegisteredEnterprise enterprise = views.enterprise(actor, code);
        List<AlarmView> alarms = views.openAlarms(actor, code);
        List<FilingView> inForce = views.filingsInForce(code);
        List<EnterprisePointRow> points = views.points(actor, code, alarms, inForce);
        List<GradedSource> sources = registry.visibleHazardSources(actor, code).stream()
                .map(h -> new GradedSource(h, registry.grading(actor, h.code()),
                        points.stream().filter(p -> h.code().equals(p.point().hazardSourceCode())).toList()))
                .toList();
        Commitments.TodaysCommitment today = commitments.todayOf(code);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("sources", sources);
        model.addAttribute("alarms", alarms);
        model.addAttribute("pointNames", pointNames(points));
        model.addAttribute("canHandle", actor.role() != Role.REGULATOR);
        model.addAttribute("code", code);
        model.addAttribute("errors", Map.of());
        model.addAttribute("cases", warnings.ofEnterprise(actor, code));
        model.addAttribute("filingsInForce", inForce);
        model.addAttribute("filings", filings.list(actor.scope(), code, null, 20));
        model.addAttribute("today", today.day());
        model.addAttribute("commitmentStatus", today.status());
        model.addAttribute("commitment", today.current().orElse(null));
        model.addAttribute("duties", custody.duties(actor, code));
        model.addAttribute("checks", custody.checks(actor, code, null, 10));
        model.addAttribute("cameras", video.cameras(code));
        return "enterprise/page";
    }

    /** Point code → name, for the alarm list. */
    Map<String, String> pointNames(String code) {
        Map<String, String> names = new LinkedHashMap<>();
        registry.pointsOf(code).forEach(p -> names.put(p.code(), p.name()));
        return names;
    }

    /** Point code → name, from the rows the page already read. */
    static Map<String, String> pointNames(List<EnterprisePointRow> points) {
        Map<String, String> names = new LinkedHashMap<>();
        points.forEach(p -> names.put(p.point().code(), p.point().name()));
        return names;
    }
}
