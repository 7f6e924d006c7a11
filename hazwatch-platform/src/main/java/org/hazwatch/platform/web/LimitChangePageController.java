package org.hazwatch.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.alarm.LimitChange;
import org.hazwatch.platform.alarm.LimitChanges;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Limit changes (报警限值变更, issue 18): the changes an enterprise applied from the what-if page, newest first —
 * for the county its inbox, where it acknowledges (确认) or queries (质询) each; for the enterprise its own list with
 * the county's answers. {@code ?point=} narrows to one point.
 */
@Controller
class LimitChangePageController {

    static final int LIST_SIZE = 100;

    private final LimitChanges changes;
    private final Registry registry;

    LimitChangePageController(LimitChanges changes, Registry registry) {
        this.changes = changes;
        this.registry = registry;
    }

    @GetMapping("/limit-changes")
    String page(Actor actor, @RequestParam(required = false) String point, Model model) {
        List<LimitChange> list = changes.list(actor, point == null || point.isBlank() ? null : point, LIST_SIZE);
        Map<String, String> enterprises = new LinkedHashMap<>();
        Map<String, String> points = new LinkedHashMap<>();
        for (LimitChange c : list) {
            enterprises.computeIfAbsent(c.enterpriseCode(),
                    e -> registry.enterprise(e).map(RegisteredEnterprise::name).orElse(e));
            points.computeIfAbsent(c.pointCode(), p -> registry.point(p).map(PointDefinition::name).orElse(p));
        }
        model.addAttribute("changes", list);
        model.addAttribute("enterprises", enterprises);
        model.addAttribute("points", points);
        model.addAttribute("canAnswer", actor.role() == Role.REGULATOR || actor.isPlatformAdmin());
        return "whatif/changes";
    }

    @PostMapping("/limit-changes/{id}/acknowledge")
    String acknowledge(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String comment,
                       RedirectAttributes redirect) {
        return answered(() -> changes.acknowledge(actor, id, comment), "已确认限值变更。", redirect);
    }

    @PostMapping("/limit-changes/{id}/query")
    String query(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String comment,
                 RedirectAttributes redirect) {
        return answered(() -> changes.query(actor, id, comment), "已发出质询。", redirect);
    }

    private static String answered(Runnable step, String done, RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute("done", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failed", String.join("；",
                    e.problems().stream().map(Problem::reason).toList()));
        }
        return "redirect:/limit-changes";
    }
}
