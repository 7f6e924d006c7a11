package org.hazwatch.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.commitment.Commitments;
import org.hazwatch.platform.filing.FilingView;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The duty room's one screen (值守台) for an enterprise's people: the points in alarm first, then every point live;
 * the open alarms to acknowledge; warnings awaiting sign-for with their countdown; today's commitment. Regulators
 * have the overview instead.
 */
@Controller
class ConsoleController {

    private final EnterpriseViews views;
    private final Commitments commitments;
    private final EnterpriseWarningController warnings;

    ConsoleController(EnterpriseViews views, Commitments commitments,
                      EnterpriseWarningController warnings) {
        this.warnings = warnings;
        this.views = views;
        this.commitments = commitments;
    }

    @GetMapping("/console")
    String console(Actor actor, Model model) {
        if (!actor.role().isEnterprise()) {
            return "redirect:/";
        }
        String code = actor.enterpriseCode();
        RegisteredEnterprise enterprise = views.enterprise(actor, code);
        List<AlarmView> alarms = views.openAlarms(actor, code);
        List<FilingView> inForce = views.filingsInForce(code);
        List<EnterprisePointRow> points = views.points(actor, code, alarms, inForce).stream()
                .sorted(Comparator.comparingInt(EnterprisePointRow::urgency)).toList();
        Commitments.TodaysCommitment today = commitments.todayOf(code);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("code", code);
        model.addAttribute("points", points);
        model.addAttribute("attention", points.stream().filter(p -> p.urgency() < 2).count());
        model.addAttribute("alarms", alarms);
        model.addAttribute("pointNames", EnterprisePageController.pointNames(points));
        model.addAttribute("canHandle", true);
        model.addAttribute("errors", Map.of());
        model.addAttribute("awaiting", warnings.awaiting(actor));
        model.addAttribute("filingsInForce", inForce);
        model.addAttribute("today", today.day());
        model.addAttribute("status", today.status());
        model.addAttribute("deadline", commitments.deadlineOf(enterprise));
        model.addAttribute("commitment", today.current().orElse(null));
        model.addAttribute("form", today.current().map(v -> CommitmentPageForm.of(v.form()))
                .orElseGet(CommitmentPageForm::new));
        model.addAttribute("canCommit", actor.role() == Role.ENTERPRISE_ADMIN);
        return "console/console";
    }
}
