package org.hazwatch.platform.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.commitment.CommitmentView;
import org.hazwatch.platform.commitment.Commitments;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Today's safety commitment of an enterprise (安全承诺填报): the form, the day's status and every version. The
 * enterprise's admin submits; a second submission is a correction. Problems come back beside their fields and
 * nothing is stored.
 */
@Controller
class CommitmentPageController {

    private final EnterpriseViews views;
    private final Commitments commitments;

    CommitmentPageController(EnterpriseViews views, Commitments commitments) {
        this.views = views;
        this.commitments = commitments;
    }

    @GetMapping("/enterprises/{code}/commitment")
    String form(Actor actor, @PathVariable String code, Model model) {
        RegisteredEnterprise enterprise = views.enterprise(actor, code);
        CommitmentPageForm form = commitments.today(code).map(v -> CommitmentPageForm.of(v.form()))
                .orElseGet(CommitmentPageForm::new);
        return render(actor, enterprise, form, Map.of(), model);
    }

    @PostMapping("/enterprises/{code}/commitment")
    String submit(Actor actor, @PathVariable String code, @ModelAttribute("form") CommitmentPageForm form,
                  BindingResult binding, Model model) {
        RegisteredEnterprise enterprise = views.enterprise(actor, code);
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.put(e.getField(), "请填写整数"));
        if (errors.isEmpty()) {
            try {
                commitments.submit(actor, code, null, form.toForm());
                return "redirect:/enterprises/" + code + "/commitment?saved";
            } catch (InvalidInputException e) {
                errors.putAll(EnterpriseFieldErrors.of(e));
            }
        }
        model.addAttribute("rejected", true);
        return render(actor, enterprise, form, errors, model);
    }

    private String render(Actor actor, RegisteredEnterprise enterprise, CommitmentPageForm form,
                          Map<String, String> errors, Model model) {
        LocalDate today = commitments.today();
        List<CommitmentView> versions = commitments.versions(actor, enterprise.code(), today);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today);
        model.addAttribute("status", commitments.statusOn(enterprise.code(), today));
        model.addAttribute("deadline", commitments.deadlineOf(enterprise));
        model.addAttribute("versions", versions);
        model.addAttribute("canCommit", actor.role() == Role.ENTERPRISE_ADMIN || actor.isPlatformAdmin());
        return "enterprise/commitment";
    }
}
