package org.hazwatch.platform.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.alarm.rules.AlarmSystemHealth;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Alarm-system health (报警系统健康度, ISA-18.2 §16 / EEMUA 191) of the jurisdiction with a line per enterprise
 * ({@code /health}), and of one enterprise ({@code /health/{code}}): alarms per 10 minutes against the targets,
 * floods, chattering and stale alarms, the most frequent points (bad actors) and the priority mix.
 */
@Controller
class HealthController {

    static final int MAX_ENTERPRISES = 100;

    /** One share of the priority mix against the EEMUA 191 aim (about 5 % high, 15 % medium, 80 % low). */
    record MixRow(Priority priority, double share, double target) {
    }

    /** One enterprise's line in the jurisdiction's table. */
    record EnterpriseHealth(String code, String name, AlarmSystemHealth.Figures figures) {
    }

    private final Alarms alarms;
    private final Registry registry;
    private final Jurisdictions jurisdictions;
    private final Shown shown;

    HealthController(Alarms alarms, Registry registry, Jurisdictions jurisdictions, Shown shown) {
        this.alarms = alarms;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
        this.shown = shown;
    }

    @GetMapping("/health")
    String jurisdiction(Actor actor, @RequestParam(required = false) String jurisdiction,
                        @RequestParam(defaultValue = "1d") String window, Model model) {
        if (actor.role().isEnterprise()) {
            return "redirect:/health/" + actor.enterpriseCode();
        }
        Duration span = window(window);
        AlarmSystemHealth.Figures figures = alarms.jurisdictionHealth(actor, jurisdiction, span);
        String title = jurisdiction == null ? null
                : jurisdictions.find(jurisdiction).map(Jurisdiction::name).orElse(jurisdiction);
        List<RegisteredEnterprise> listed = registry.visibleEnterprises(actor, jurisdiction, 0, MAX_ENTERPRISES)
                .items();
        Map<String, AlarmSystemHealth.Figures> each = alarms.enterprisesHealth(actor,
                listed.stream().map(RegisteredEnterprise::code).toList(), span);
        List<EnterpriseHealth> rows = new ArrayList<>();
        for (RegisteredEnterprise e : listed) {
            rows.add(new EnterpriseHealth(e.code(), e.name(), each.get(e.code())));
        }
        rows.sort(Comparator.comparingInt((EnterpriseHealth r) -> r.figures().alarms()).reversed()
                .thenComparing(EnterpriseHealth::code));
        model.addAttribute("scopeName", title);
        model.addAttribute("enterprise", null);
        model.addAttribute("enterprises", rows);
        model.addAttribute("selfPath", "/health");
        return page(model, figures, window);
    }

    @GetMapping("/health/{code}")
    String enterprise(Actor actor, @PathVariable EnterpriseCode code, @RequestParam(defaultValue = "1d") String window,
                      Model model) {
        AlarmSystemHealth.Figures figures = alarms.enterpriseHealth(actor, code, window(window));
        RegisteredEnterprise enterprise = registry.enterprise(code.code())
                .orElseThrow(() -> new NotFoundException("enterprise", code.code()));
        model.addAttribute("scopeName", enterprise.name());
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("enterprises", List.of());
        model.addAttribute("selfPath", "/health/" + code);
        return page(model, figures, window);
    }

    private String page(Model model, AlarmSystemHealth.Figures figures, String window) {
        model.addAttribute("figures", figures);
        model.addAttribute("window", window);
        model.addAttribute("from", shown.time(figures.from()));
        model.addAttribute("to", shown.time(figures.to()));
        model.addAttribute("mix", List.of(
                new MixRow(Priority.HIGH, figures.priorityMix().getOrDefault(Priority.HIGH, 0.0), 0.05),
                new MixRow(Priority.MEDIUM, figures.priorityMix().getOrDefault(Priority.MEDIUM, 0.0), 0.15),
                new MixRow(Priority.LOW, figures.priorityMix().getOrDefault(Priority.LOW, 0.0), 0.80)));
        return "health";
    }

    private static Duration window(String window) {
        return "7d".equals(window) ? Duration.ofDays(7) : Duration.ofDays(1);
    }
}
