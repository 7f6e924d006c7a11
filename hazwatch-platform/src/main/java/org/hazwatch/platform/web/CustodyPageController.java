package org.hazwatch.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.custody.CheckView;
import org.hazwatch.platform.custody.Custody;
import org.hazwatch.platform.custody.CustodyDuty;
import org.hazwatch.platform.custody.rules.CheckRecord;
import org.hazwatch.platform.custody.rules.ChecklistItem;
import org.hazwatch.platform.custody.rules.CustodyRole;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Custody (包保履职) in the console. The enterprise: the responsible persons' schedule (last check, next due, overdue)
 * and the check form with the ten-item checklist, recorded through {@link Custody} (audited there); its recent checks.
 * Regulators: the overdue duties of the enterprises in their scope.
 */
@Controller
class CustodyPageController {

    private static final int RECENT = 50;

    private final Custody custody;
    private final Registry registry;
    private final Jurisdictions jurisdictions;
    private final Shown shown;
    private final Clock clock;

    CustodyPageController(Custody custody, Registry registry, Jurisdictions jurisdictions, Shown shown, Clock clock) {
        this.custody = custody;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
        this.shown = shown;
        this.clock = clock;
    }

    @GetMapping("/custody")
    String page(Actor actor, @RequestParam(required = false) String jurisdiction, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("checkedAt", LocalDateTime.now(clock.withZone(shown.zone())).truncatedTo(ChronoUnit.MINUTES)
                .toString());
        return render(actor, jurisdiction, form, Map.of(), model);
    }

    /** The check: {@code duty} is {@code <hazard source>/<ROLE>}; each item {@code item.<ITEM>} true or false. */
    @PostMapping("/custody/checks")
    String record(Actor actor, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        if (actor.role() != Role.ENTERPRISE_ADMIN) {
            throw new AccessDeniedException("the enterprise's admin records custody checks");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String duty = params.getOrDefault("duty", "");
        int slash = duty.indexOf('/');
        CustodyRole role = null;
        if (slash > 0) {
            try {
                role = CustodyRole.valueOf(duty.substring(slash + 1));
            } catch (IllegalArgumentException e) {
                role = null;
            }
        }
        Instant checkedAt = null;
        try {
            String at = params.getOrDefault("checkedAt", "");
            checkedAt = at.isBlank() ? null : LocalDateTime.parse(at).atZone(shown.zone()).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("checkedAt", "请填写日期和时间");
        }
        Map<ChecklistItem, Boolean> checklist = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            String answer = params.get("item." + item.name());
            if (answer != null) {
                checklist.put(item, Boolean.parseBoolean(answer));
            }
        }
        if (errors.isEmpty()) {
            try {
                String findings = params.getOrDefault("findings", "").strip();
                custody.record(actor, actor.enterpriseCode(), new CheckRecord(slash > 0 ? duty.substring(0, slash)
                        : null, role, checkedAt, checklist, findings.isEmpty() ? null : findings, List.of()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/custody";
            } catch (InvalidInputException e) {
                FilingPageController.errors(e).forEach((field, reason) -> errors.merge(
                        field.startsWith("checklist.") ? "item." + field.substring("checklist.".length())
                                : field.equals("hazardSourceCode") || field.equals("role") ? "duty" : field,
                        reason.equals("say what was found where an item is not in order")
                                ? "有不符合项时请填写发现的问题" : reason.equals("a check is recorded after it is made")
                                ? "检查时间不能晚于现在" : reason,
                        (a, b) -> a.equals(b) ? a : a + "；" + b));
            }
        }
        model.addAttribute("rejected", true);
        return render(actor, null, params, errors, model);
    }

    private String render(Actor actor, String jurisdiction, Map<String, String> form, Map<String, String> errors,
                          Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("items", ChecklistItem.values());
        model.addAttribute("canRecord", actor.role() == Role.ENTERPRISE_ADMIN);
        model.addAttribute("enterpriseView", actor.role().isEnterprise());
        if (actor.role().isEnterprise()) {
            String code = actor.enterpriseCode();
            List<CustodyDuty> duties = custody.duties(actor, code);
            List<CheckView> checks = custody.checks(actor, code, null, RECENT);
            model.addAttribute("duties", duties);
            model.addAttribute("checks", checks);
            model.addAttribute("sourceNames", sourceNames(actor, code));
        } else {
            if (jurisdiction != null && !jurisdiction.isBlank()) {
                jurisdictions.visible(actor, jurisdiction);
            }
            List<CustodyDuty> overdue = custody.overdue(actor, jurisdiction == null || jurisdiction.isBlank()
                    ? null : jurisdiction);
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, String> sources = new LinkedHashMap<>();
            overdue.forEach(d -> {
                names.computeIfAbsent(d.enterpriseCode(), c -> registry.enterprise(c)
                        .map(RegisteredEnterprise::name).orElse(c));
                if (!sources.containsKey(d.enterpriseCode() + "!")) {
                    sources.putAll(sourceNames(actor, d.enterpriseCode()));
                    sources.put(d.enterpriseCode() + "!", "");
                }
            });
            model.addAttribute("overdue", overdue);
            model.addAttribute("names", names);
            model.addAttribute("sourceNames", sources);
        }
        model.addAttribute("never", Instant.EPOCH);
        return "custody/page";
    }

    private Map<String, String> sourceNames(Actor actor, String enterpriseCode) {
        Map<String, String> names = new LinkedHashMap<>();
        registry.visibleHazardSources(actor, enterpriseCode).forEach(h -> names.put(h.code(), h.name()));
        return names;
    }
}
