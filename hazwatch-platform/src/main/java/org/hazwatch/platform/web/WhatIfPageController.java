package org.hazwatch.platform.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.alarm.LimitChange;
import org.hazwatch.platform.alarm.LimitChanges;
import org.hazwatch.platform.alarm.WhatIf;
import org.hazwatch.platform.alarm.rules.AlarmSystemHealth;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.telemetry.Series;
import org.hazwatch.platform.telemetry.Telemetry;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The what-if page (报警回放与限值合理化, issue 18), reached from the enterprise page's point row and the health
 * page's bad actors: a point's history over a window replayed by {@link WhatIf} with its settings now and as
 * proposed — the chart with both sets of limit lines, the episodes side by side, the point's and the enterprise's
 * EEMUA 191 figures — and, for the enterprise's safety manager, applying the proposal ({@link LimitChanges}:
 * registry edit, audited, in the county's inbox). Everyone who sees the point may replay; regulators only look.
 */
@Controller
class WhatIfPageController {

    /** Episodes listed per side on the page (the counts take all). */
    static final int LISTED = 20;
    /** Raw readings up to a window of about 2.7 days (buckets under a minute), so chattering shows. */
    private static final int CHART_POINTS = 4_000;

    /** The chart's data: the history in buckets. */
    record Chart(String unit, OffsetDateTime from, OffsetDateTime to, String source, long bucketSeconds,
                 List<Series.Bucket> buckets) {
    }

    /**
     * The enterprise's figures over the window, stored, and as they would be with the point's alarms as proposed
     * (every other point unchanged).
     */
    record EnterpriseEffect(int alarmsNow, int alarmsProposed, double averageNow, double averageProposed,
                            int chatteringNow, int chatteringProposed) {
    }

    /** One side's figures as shown: the count, the total and the shortest duration in words, chattering alarms. */
    record SideShown(int count, String total, String shortest, int chattering) {

        static SideShown of(WhatIf.Side side) {
            return new SideShown(side.count(), duration(side.activeSeconds()),
                    side.shortestSeconds() == null ? "—" : duration(side.shortestSeconds()), side.chattering());
        }
    }

    private final WhatIf whatIf;
    private final LimitChanges changes;
    private final Alarms alarms;
    private final Registry registry;
    private final Telemetry telemetry;
    private final Shown shown;
    private final Clock clock;

    WhatIfPageController(WhatIf whatIf, LimitChanges changes, Alarms alarms, Registry registry, Telemetry telemetry,
                         Shown shown, Clock clock) {
        this.whatIf = whatIf;
        this.changes = changes;
        this.alarms = alarms;
        this.registry = registry;
        this.telemetry = telemetry;
        this.shown = shown;
        this.clock = clock;
    }

    @GetMapping("/points/{code}/what-if")
    String page(Actor actor, @PathVariable String code, @ModelAttribute("form") WhatIfPageForm form, Model model) {
        WhatIf.Settings current = whatIf.currentSettings(actor, code);
        WhatIfPageForm filled = form.or(WhatIfPageForm.current(current, clock.instant(), shown.zone()));
        return render(actor, code, current, filled, new LinkedHashMap<>(), model);
    }

    @PostMapping("/points/{code}/what-if/apply")
    String apply(Actor actor, @PathVariable String code, @ModelAttribute("form") WhatIfPageForm form, Model model,
                 RedirectAttributes redirect) {
        WhatIf.Settings current = whatIf.currentSettings(actor, code);
        Map<String, String> errors = new LinkedHashMap<>();
        WhatIf.Proposal proposal = form.proposal(shown.zone(), errors);
        if (proposal != null) {
            try {
                WhatIf.Result replay = whatIf.ofPoint(actor, code, proposal);
                LimitChange change = changes.apply(actor, code, form.change(proposal),
                        new LimitChanges.Episodes(replay.current().count(), replay.proposed().count()));
                redirect.addFlashAttribute("applied", change);
                return "redirect:" + UriComponentsBuilder.fromPath("/points/{code}/what-if")
                        .queryParam("from", form.from()).queryParam("to", form.to()).buildAndExpand(code)
                        .encode().toUriString();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.merge(field(p.field()), p.reason(), (a, b) -> a + "；" + b));
            }
        }
        model.addAttribute("applyFailed", true);
        return render(actor, code, current, form, errors, model);
    }

    @GetMapping("/points/{code}/what-if/chart")
    @ResponseBody
    Chart chart(Actor actor, @PathVariable String code, @RequestParam String from, @RequestParam String to) {
        whatIf.currentSettings(actor, code);
        Map<String, String> errors = new LinkedHashMap<>();
        WhatIf.Proposal window = new WhatIfPageForm(from, to, null, null, null, null, null, null, null, null)
                .proposal(shown.zone(), errors);
        if (window == null) {
            throw new InvalidInputException(errors.entrySet().stream()
                    .map(e -> new org.hazwatch.platform.support.Problem(e.getKey(), e.getValue())).toList());
        }
        Series series = telemetry.series(actor, code, window.from(), window.to(), CHART_POINTS);
        return new Chart(series.unit(), series.from(), series.to(), series.source(), series.bucketSeconds(),
                series.buckets());
    }

    private String render(Actor actor, String code, WhatIf.Settings current, WhatIfPageForm form,
                          Map<String, String> errors, Model model) {
        PointDefinition point = registry.point(code).orElseThrow(() -> new NotFoundException("point", code));
        Map<String, String> typed = new LinkedHashMap<>();
        WhatIf.Proposal proposal = form.proposal(shown.zone(), typed);
        typed.forEach(errors::putIfAbsent);
        WhatIf.Result result = null;
        EnterpriseEffect effect = null;
        if (proposal != null) {
            try {
                result = whatIf.ofPoint(actor, code, proposal);
                effect = effect(actor, point.enterpriseCode(), proposal, result.health());
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.putIfAbsent(field(p.field()), p.reason()));
            }
        }
        model.addAttribute("point", point);
        model.addAttribute("enterpriseName", registry.enterprise(point.enterpriseCode())
                .map(RegisteredEnterprise::name).orElse(point.enterpriseCode()));
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("result", result);
        model.addAttribute("effect", effect);
        model.addAttribute("now", result == null ? null : SideShown.of(result.current()));
        model.addAttribute("then", result == null ? null : SideShown.of(result.proposed()));
        model.addAttribute("listed", LISTED);
        model.addAttribute("mayApply", changes.mayApply(actor, point.enterpriseCode()));
        model.addAttribute("changes", changes.list(actor, code, 5));
        model.addAttribute("maxDays", WhatIf.MAX_SPAN.toDays());
        return "whatif/page";
    }

    private EnterpriseEffect effect(Actor actor, String enterprise, WhatIf.Proposal window, WhatIf.Health point) {
        AlarmSystemHealth.Figures stored = alarms.enterpriseHealth(actor, EnterpriseCode.of(enterprise),
                window.from(), window.to());
        int alarmsProposed = Math.max(0, stored.alarms() - point.current().alarms() + point.proposed().alarms());
        double periods = Math.max(1, Math.ceil(java.time.Duration.between(window.from(), window.to()).toSeconds()
                / 600.0));
        int chattering = stored.chattering().size();
        return new EnterpriseEffect(stored.alarms(), alarmsProposed, stored.averagePer10Minutes(),
                alarmsProposed / periods, chattering, Math.max(0, chattering - point.current().chattering().size()
                + point.proposed().chattering().size()));
    }

    /** A duration in words: 2 小时 5 分, 3 分 20 秒, 12 秒, 0.5 秒. */
    static String duration(double seconds) {
        if (seconds < 10) {
            return (seconds == Math.rint(seconds) ? Long.toString((long) seconds)
                    : String.format(java.util.Locale.ROOT, "%.1f", seconds)) + " 秒";
        }
        long s = Math.round(seconds);
        long h = s / 3600;
        long m = s % 3600 / 60;
        long rest = s % 60;
        if (h > 0) {
            return h + " 小时 " + m + " 分";
        }
        return m > 0 ? m + " 分 " + rest + " 秒" : rest + " 秒";
    }

    /** The service's field names as the form's ({@code limits.h} is the form's {@code h}). */
    private static String field(String field) {
        return field.startsWith("limits.") ? field.substring("limits.".length()) : field;
    }
}
