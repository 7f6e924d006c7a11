package org.hazwatch.platform.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.disposal.DisposalView;
import org.hazwatch.platform.disposal.Disposals;
import org.hazwatch.platform.disposal.FeedbackRequest;
import org.hazwatch.platform.disposal.rules.CaseState;
import org.hazwatch.platform.disposal.rules.CauseCategory;
import org.hazwatch.platform.disposal.rules.HandlingRefused;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.warning.WarningView;
import org.hazwatch.platform.warning.Warnings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Warnings (预警) and their handling (处置) in the console: the list in the actor's scope, and one warning with its
 * timeline and the form for the next step — sign for (签收) and feed back (处置反馈) for the enterprise, verify (核查)
 * and follow up (督办) for the regulator. Every step goes through {@link Disposals}, which checks who may take it;
 * its problems come back beside their fields, and a step the case's state does not allow is said so at the top.
 */
@Controller
class WarningPageController {

    private static final int LIST_SIZE = 200;

    private final Disposals disposals;
    private final Warnings warnings;
    private final Registry registry;
    private final EnterpriseLiveFeed feed;
    private final Clock clock;

    WarningPageController(Disposals disposals, Warnings warnings, Registry registry, EnterpriseLiveFeed feed,
                          Clock clock) {
        this.disposals = disposals;
        this.warnings = warnings;
        this.registry = registry;
        this.feed = feed;
        this.clock = clock;
    }

    @GetMapping("/warnings")
    String list(Actor actor, @RequestParam(defaultValue = "open") String show, Model model) {
        List<DisposalView> cases = disposals.list(actor, null, null, false, LIST_SIZE).stream()
                .filter(c -> !show.equals("open") || c.state() != CaseState.CLOSED).toList();
        model.addAttribute("cases", cases);
        model.addAttribute("show", show);
        model.addAttribute("names", names(cases));
        // cascade (SPEC §12): the cities' warnings, read-only here, each with its mark of origin
        model.addAttribute("forwarded", warnings.forwarded(actor, !show.equals("open"), LIST_SIZE));
        return "warnings/list";
    }

    @GetMapping("/warnings/{id}")
    String one(Actor actor, @PathVariable UUID id, Model model) {
        return render(actor, id, model, Map.of(), Map.of());
    }

    @PostMapping("/warnings/{id}/sign-for")
    String signFor(Actor actor, @PathVariable UUID id, Model model) {
        return step(actor, id, model, Map.of(), () -> disposals.signFor(actor, id));
    }

    @PostMapping("/warnings/{id}/feedback")
    String feedback(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String cause,
                    @RequestParam(required = false) String measures, @RequestParam(required = false) String text,
                    @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model) {
        List<String> encoded = photos == null ? List.of() : photos.stream().filter(p -> !p.isEmpty())
                .map(WarningPageController::base64).toList();
        Map<String, String> entered = entered("cause", cause, "measures", measures, "text", text);
        return step(actor, id, model, entered,
                () -> disposals.feedback(actor, id, new FeedbackRequest(cause, measures, text, encoded)));
    }

    @PostMapping("/warnings/{id}/verify")
    String verify(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Boolean passed,
                  @RequestParam(required = false) String comment, Model model) {
        return step(actor, id, model, entered("comment", comment),
                () -> disposals.verify(actor, id, passed, comment));
    }

    @PostMapping("/warnings/{id}/follow-up")
    String followUp(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String instruction,
                    @RequestParam(defaultValue = "24") int hours, Model model) {
        return step(actor, id, model, entered("instruction", instruction), () -> disposals.followUp(actor, id,
                instruction, clock.instant().plus(Duration.ofHours(hours))));
    }

    /** Takes a step; done, back to the warning (a fresh GET); refused, the page again with the problems. */
    private String step(Actor actor, UUID id, Model model, Map<String, String> entered, Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            return render(actor, id, model, EnterpriseFieldErrors.of(e), entered);
        } catch (HandlingRefused e) {
            return render(actor, id, model, Map.of("state", e.getMessage()), entered);
        }
        feed.signal(disposals.one(actor, id).enterpriseCode(), "warnings");
        return "redirect:/warnings/" + id;
    }

    private String render(Actor actor, UUID id, Model model, Map<String, String> errors,
                          Map<String, String> entered) {
        DisposalView handling = disposals.one(actor, id);
        boolean enterprise = actor.role().isEnterprise();
        boolean regulator = actor.role() == Role.REGULATOR || actor.isPlatformAdmin();
        CaseState state = handling.state();
        model.addAttribute("handling", handling);
        model.addAttribute("warning", warningOf(actor, id));
        model.addAttribute("enterprise", registry.enterprise(handling.enterpriseCode()).orElse(null));
        model.addAttribute("timeline", disposals.timeline(actor, id));
        model.addAttribute("errors", errors);
        model.addAttribute("entered", entered);
        model.addAttribute("causes", CauseCategory.values());
        model.addAttribute("canSignFor", enterprise && state == CaseState.PUSHED);
        model.addAttribute("canFeedBack", enterprise && state == CaseState.SIGNED_FOR);
        model.addAttribute("canVerify", regulator && state == CaseState.FED_BACK);
        model.addAttribute("canFollowUp", regulator && state.enterprisesTurn());
        return "warnings/warning";
    }

    /**
     * The warning model's view (factors and score), or null where the model does not hold the warning (a case
     * opened from the event alone); the factors then stand in the timeline's first line.
     */
    private WarningView warningOf(Actor actor, UUID id) {
        try {
            return warnings.one(actor, id);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** Enterprise code → name, for the list. */
    Map<String, String> names(List<DisposalView> cases) {
        Map<String, String> names = new LinkedHashMap<>();
        cases.forEach(c -> names.computeIfAbsent(c.enterpriseCode(), code -> registry.enterprise(code)
                .map(RegisteredEnterprise::name).orElse(code)));
        return names;
    }

    private static Map<String, String> entered(String... pairs) {
        Map<String, String> entered = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            entered.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return entered;
    }

    private static String base64(MultipartFile file) {
        try {
            return Base64.getEncoder().encodeToString(file.getBytes());
        } catch (IOException e) {
            throw InvalidInputException.of("photos", "照片读取失败");
        }
    }
}
