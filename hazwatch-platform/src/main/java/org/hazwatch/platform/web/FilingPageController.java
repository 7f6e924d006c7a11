package org.hazwatch.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.filing.FilingView;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.filing.NewAttachment;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.filing.rules.FilingType;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Filings (报备) in the console. The enterprise: its form (type, period, whole enterprise / hazard sources / points /
 * cameras chosen from what it registered, reason), its list, withdraw. The county: its inbox to acknowledge (确认) or query
 * (质询, with a note), and what is covered now. Every step goes through {@link Filings}, audited there; another
 * jurisdiction's filing is 404.
 */
@Controller
class FilingPageController {

    private static final int LIST_SIZE = 200;

    private final Filings filings;
    private final Jurisdictions jurisdictions;
    private final Registry registry;
    private final Shown shown;
    private final Clock clock;

    FilingPageController(Filings filings, Jurisdictions jurisdictions, Registry registry, Shown shown, Clock clock) {
        this.filings = filings;
        this.jurisdictions = jurisdictions;
        this.registry = registry;
        this.shown = shown;
        this.clock = clock;
    }

    @GetMapping("/filings")
    String page(Actor actor, @RequestParam(required = false) String jurisdiction, Model model) {
        FilingPageForm form = new FilingPageForm();
        LocalDateTime now = LocalDateTime.now(clock.withZone(shown.zone())).truncatedTo(ChronoUnit.HOURS);
        form.setFrom(now.plusHours(1));
        form.setUntil(now.plusHours(9));
        return render(actor, jurisdiction, form, Map.of(), model);
    }

    @GetMapping("/filings/{id}")
    String one(Actor actor, @PathVariable UUID id, Model model) {
        FilingView filing = filings.one(actor, id);
        model.addAttribute("f", filing);
        model.addAttribute("attachments", filings.attachments(actor, id));
        model.addAttribute("names", names(List.of(filing)));
        model.addAttribute("canAnswer", canAnswer(actor));
        model.addAttribute("canWithdraw", canFile(actor));
        return "filings/filing";
    }

    /** A file of the filing, after the filing's own scope check (404 otherwise); shown inline, never sniffed. */
    @GetMapping("/filings/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> attachment(Actor actor, @PathVariable UUID id, @PathVariable String attachment) {
        Attachments.Content content = filings.attachment(actor, id, attachment);
        String name = filings.attachments(actor, id).stream().filter(a -> a.id().equals(attachment)).findFirst()
                .map(Attachments.Attachment::name).orElse(attachment);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content.bytes());
    }

    @PostMapping("/filings")
    String submit(Actor actor, @ModelAttribute("form") FilingPageForm form, BindingResult binding,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                  RedirectAttributes redirect) throws IOException {
        if (!canFile(actor)) {
            throw new AccessDeniedException("the enterprise's admin files");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.put(e.getField(), "请填写日期和时间"));
        if (errors.isEmpty()) {
            try {
                List<NewAttachment> attached = new ArrayList<>();
                for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                    if (!file.isEmpty()) {
                        attached.add(new NewAttachment(file.getOriginalFilename(), file.getBytes()));
                    }
                }
                FilingView filed = filings.submit(actor, actor.enterpriseCode(), form.toRequest(shown.zone()),
                        attached);
                redirect.addFlashAttribute("filed", filed.id());
                return "redirect:/filings";
            } catch (InvalidInputException e) {
                errors.putAll(errors(e));
            }
        }
        model.addAttribute("rejected", true);
        return render(actor, null, form, errors, model);
    }

    @PostMapping("/filings/{id}/acknowledge")
    String acknowledge(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String comment,
                       RedirectAttributes redirect) {
        return answered(() -> filings.acknowledge(actor, id, comment == null || comment.isBlank() ? null
                : comment.strip()), "已确认报备。", redirect);
    }

    @PostMapping("/filings/{id}/query")
    String query(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String comment,
                 RedirectAttributes redirect) {
        return answered(() -> filings.query(actor, id, comment), "已发出质询。", redirect);
    }

    @PostMapping("/filings/{id}/withdraw")
    String withdraw(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return answered(() -> filings.withdraw(actor, id), "报备已撤回，监测点即刻恢复监测。", redirect);
    }

    private String answered(Runnable step, String done, RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute("done", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failed", String.join("；", errors(e).values()));
        }
        return "redirect:/filings";
    }

    private String render(Actor actor, String jurisdiction, FilingPageForm form, Map<String, String> errors,
                          Model model) {
        boolean all = jurisdiction == null || jurisdiction.isBlank();
        List<FilingView> list = filings.list(all ? actor.scope() : jurisdictions.scope(actor, jurisdiction), null,
                null, LIST_SIZE);
        List<FilingView> covered = filings.list(all ? actor.scope() : jurisdictions.scope(actor, jurisdiction), null,
                clock.instant(), LIST_SIZE);
        model.addAttribute("filings", list);
        model.addAttribute("covered", covered);
        model.addAttribute("names", names(list));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", FilingType.values());
        model.addAttribute("scopes", FilingScope.values());
        model.addAttribute("canFile", canFile(actor));
        model.addAttribute("canAnswer", canAnswer(actor));
        model.addAttribute("now", clock.instant());
        if (canFile(actor)) {
            String code = actor.enterpriseCode();
            model.addAttribute("sources", registry.visibleHazardSources(actor, code));
            model.addAttribute("points", registry.pointsOf(code));
            model.addAttribute("cameras", registry.document(actor, code).cameras());
        }
        return "filings/list";
    }

    private Map<String, String> names(List<FilingView> list) {
        Map<String, String> names = new LinkedHashMap<>();
        list.forEach(f -> names.computeIfAbsent(f.enterpriseCode(),
                c -> registry.enterprise(c).map(RegisteredEnterprise::name).orElse(c)));
        return names;
    }

    private static boolean canFile(Actor actor) {
        return actor.role() == Role.ENTERPRISE_ADMIN;
    }

    private static boolean canAnswer(Actor actor) {
        return actor.role() == Role.REGULATOR || actor.isPlatformAdmin();
    }

    /** The filing's problems by form field ({@code targets[2]} is the targets' field), in zh-CN where known. */
    static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem p : e.problems()) {
            String field = p.field() == null ? "" : p.field().replaceAll("\\[\\d+]$", "");
            errors.merge(field, zh(p.reason()), (a, b) -> a.equals(b) ? a : a + "；" + b);
        }
        return errors;
    }

    private static String zh(String reason) {
        if (reason == null) {
            return "";
        }
        if (reason.startsWith("a filing covers at most ")) {
            return "报备时段最长 " + reason.replaceAll("\\D", "") + " 天";
        }
        if (reason.startsWith("name the ")) {
            return "请选择报备涉及的" + (reason.contains("points") ? "监测点" : reason.contains("cameras") ? "摄像头"
                    : "重大危险源");
        }
        return switch (reason) {
            case "required" -> "必填";
            case "the period must end after it begins" -> "结束时间须晚于开始时间";
            case "a query says what it asks" -> "请填写质询内容";
            case "the filing was withdrawn" -> "报备已撤回";
            case "already withdrawn" -> "报备已撤回";
            case "no such registered point" -> "不是本企业登记的监测点";
            case "no registered points under this hazard source" -> "该危险源下没有登记的监测点";
            case "no such registered camera" -> "不是本企业登记的摄像头";
            default -> EnterpriseFieldErrors.zh(reason);
        };
    }

    static boolean inForce(FilingView f, Instant at) {
        return !at.isBefore(f.from()) && at.isBefore(f.until());
    }
}
