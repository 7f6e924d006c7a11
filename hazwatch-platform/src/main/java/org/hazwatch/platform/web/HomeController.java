package org.hazwatch.platform.web;

import java.util.List;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.Registry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's first page (首页): who you are, where you stand in the tree, and the enterprises and major hazard
 * sources beneath you with their GB 18218 levels.
 */
@Controller
class HomeController {

    private static final int MAX_ENTERPRISES = 500;

    private final Registry registry;
    private final Jurisdictions jurisdictions;

    HomeController(Registry registry, Jurisdictions jurisdictions) {
        this.registry = registry;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        List<EnterpriseRow> rows = registry.visibleEnterprises(actor, null, 0, MAX_ENTERPRISES).items().stream()
                .map(e -> new EnterpriseRow(e, registry.visibleHazardSources(actor, e.code())))
                .toList();
        model.addAttribute("actor", actor);
        model.addAttribute("place", place(actor));
        model.addAttribute("overview", HazardOverview.of(rows));
        model.addAttribute("enterprises", rows);
        return "home";
    }

    private String place(Actor actor) {
        if (actor.isPlatformAdmin()) {
            return "全国";
        }
        if (actor.role().isEnterprise()) {
            return registry.enterprise(actor.enterpriseCode()).map(e -> e.name()).orElse(actor.enterpriseCode());
        }
        return jurisdictions.find(actor.jurisdictionCode()).map(Jurisdiction::name).orElse(actor.jurisdictionCode());
    }
}
