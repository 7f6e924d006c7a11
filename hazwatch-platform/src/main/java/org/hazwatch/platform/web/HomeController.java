package org.hazwatch.platform.web;

import java.util.List;
import org.hazwatch.platform.org.Actor;
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

    HomeController(Registry registry) {
        this.registry = registry;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        if (actor.role().isEnterprise()) {
            return "redirect:/console";
        }
        List<EnterpriseRow> rows = registry.visibleEnterprises(actor, null, 0, MAX_ENTERPRISES).items().stream()
                .map(e -> new EnterpriseRow(e, registry.visibleHazardSources(actor, e.code())))
                .toList();
        model.addAttribute("overview", HazardOverview.of(rows));
        model.addAttribute("enterprises", rows);
        return "home";
    }
}
