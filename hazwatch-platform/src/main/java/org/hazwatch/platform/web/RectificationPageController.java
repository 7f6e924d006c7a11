package org.hazwatch.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.inspection.LedgerView;
import org.hazwatch.platform.inspection.Ledgers;
import org.hazwatch.platform.inspection.NewOutsideBulletin;
import org.hazwatch.platform.inspection.NewPenalty;
import org.hazwatch.platform.inspection.NewRectification;
import org.hazwatch.platform.inspection.RectificationFilter;
import org.hazwatch.platform.inspection.RectificationView;
import org.hazwatch.platform.inspection.Rectifications;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.RectificationPolicy;
import org.hazwatch.platform.inspection.rules.RectificationState;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.Attachments.Attachment;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rectification ledger's pages (整改台账): the ledger with its filters and Excel export, the form to issue an
 * order ({@code /rectifications/new?enterprise=&patrolId=&item=}, linked from a patrol's abnormal item), one order
 * with its timeline and the next step (answer with photos; accept or return), the enterprise's open orders on the
 * console ({@code /console/rectifications}, loaded into {@code /console}), penalties and outside bulletins.
 */
@Controller
class RectificationPageController {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Rectifications rectifications;
    private final Ledgers ledgers;
    private final Registry registry;
    private final Attachments attachments;
    private final Shown shown;
    private final Clock clock;

    RectificationPageController(Rectifications rectifications, Ledgers ledgers, Registry registry,
                                Attachments attachments, Shown shown, Clock clock) {
        this.rectifications = rectifications;
        this.ledgers = ledgers;
        this.registry = registry;
        this.attachments = attachments;
        this.shown = shown;
        this.clock = clock;
    }

    @GetMapping("/rectifications")
    String ledger(Actor actor, @RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        RectificationFilter filter = filter(params);
        String jurisdiction = blank(params.get("jurisdiction"));
        LedgerView ledger = ledgers.ledger(actor, jurisdiction, filter);
        model.addAttribute("tables", LedgerTables.of(ledger, shown.zone()));
        model.addAttribute("filter", filter);
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("states", RectificationState.values());
        model.addAttribute("items", PatrolItem.values());
        model.addAttribute("query", request.getQueryString());
        model.addAttribute("regulator", regulator(actor));
        model.addAttribute("enterprises", regulator(actor) ? enterprises(actor) : List.of());
        model.addAttribute("errors", Map.of());
        model.addAttribute("today", shown.today(clock));
        return "rectifications/ledger";
    }

    /** The same rows as the page for the same query, one sheet per table. */
    @GetMapping("/rectifications.xlsx")
    ResponseEntity<byte[]> export(Actor actor, @RequestParam Map<String, String> params) {
        LedgerView ledger = ledgers.ledger(actor, blank(params.get("jurisdiction")), filter(params));
        byte[] workbook = LedgerWorkbook.write(LedgerTables.of(ledger, shown.zone()));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("整改台账-" + shown.today(clock) + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(workbook);
    }

    @GetMapping("/rectifications/new")
    String newOrder(Actor actor, @RequestParam(required = false) String enterprise,
                    @RequestParam(required = false) String patrolId, @RequestParam(required = false) String item,
                    Model model) {
        Map<String, String> entered = new LinkedHashMap<>();
        entered.put("enterpriseCode", enterprise == null ? "" : enterprise);
        entered.put("patrolId", patrolId == null ? "" : patrolId);
        entered.put("item", item == null ? "" : item);
        entered.put("problem", "");
        entered.put("deadline", "");
        return form(actor, model, entered, Map.of());
    }

    @PostMapping("/rectifications/new")
    String issue(Actor actor, @RequestParam Map<String, String> params, Model model) {
        Map<String, String> entered = new LinkedHashMap<>();
        for (String f : List.of("enterpriseCode", "patrolId", "item", "problem", "deadline")) {
            entered.put(f, params.getOrDefault(f, ""));
        }
        try {
            RectificationView order = rectifications.issue(actor, new NewRectification(
                    blank(entered.get("enterpriseCode")), uuid("patrolId", entered.get("patrolId")),
                    item(entered.get("item")), entered.get("problem"), deadline(entered.get("deadline"))));
            return "redirect:/rectifications/" + order.id();
        } catch (InvalidInputException e) {
            return form(actor, model, entered, EnterpriseFieldErrors.of(e));
        }
    }

    @GetMapping("/rectifications/{id}")
    String one(Actor actor, @PathVariable UUID id, Model model) {
        return render(actor, id, model, Map.of(), "");
    }

    @PostMapping("/rectifications/{id}/answer")
    String answer(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String measures,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                  @RequestParam(required = false) String from, Model model) {
        rectifications.one(actor, id);
        try {
            rectifications.answer(actor, id, measures, kept(photos));
        } catch (InvalidInputException e) {
            return render(actor, id, model, EnterpriseFieldErrors.of(e), measures);
        }
        return "console".equals(from) ? "redirect:/console" : "redirect:/rectifications/" + id;
    }

    @PostMapping("/rectifications/{id}/accept")
    String accept(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String note, Model model) {
        try {
            rectifications.accept(actor, id, note);
        } catch (InvalidInputException e) {
            return render(actor, id, model, EnterpriseFieldErrors.of(e), "");
        }
        return "redirect:/rectifications/" + id;
    }

    @PostMapping("/rectifications/{id}/return")
    String giveBack(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String note, Model model) {
        try {
            rectifications.returnAnswer(actor, id, note);
        } catch (InvalidInputException e) {
            return render(actor, id, model, EnterpriseFieldErrors.of(e), "");
        }
        return "redirect:/rectifications/" + id;
    }

    @GetMapping("/rectifications/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable UUID id, @PathVariable String photo) {
        Attachments.Content content = rectifications.photo(actor, id, photo)
                .orElseThrow(() -> new NotFoundException("photo", photo));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType())).body(content.bytes());
    }

    /** The enterprise's orders still to answer or to be accepted, with the answer form (loaded into the console). */
    @GetMapping("/console/rectifications")
    String console(Actor actor, Model model) {
        List<RectificationView> open = actor.role().isEnterprise()
                ? rectifications.list(actor, null, RectificationFilter.any(), 100).stream()
                .filter(o -> o.state() != RectificationState.CLOSED).toList()
                : List.of();
        model.addAttribute("orders", open);
        return "rectifications/console :: orders";
    }

    /** The enterprise page's part: its enforcement flags and the orders not closed (404 for an unseen one). */
    @GetMapping("/enterprises/{code}/rectifications")
    String enterprise(Actor actor, @PathVariable String code, Model model) {
        rectifications.policyOf(actor, code);
        RectificationFilter ofIt = new RectificationFilter(null, null, code, null, null, null);
        model.addAttribute("code", code);
        model.addAttribute("flags", rectifications.flags(actor, null, ofIt, 20));
        model.addAttribute("orders", rectifications.list(actor, null, ofIt, 100).stream()
                .filter(o -> o.state() != RectificationState.CLOSED).toList());
        return "rectifications/enterprise :: summary";
    }

        @PostMapping("/rectifications/penalties")
    String penalty(Actor actor, @RequestParam Map<String, String> params) {
        ledgers.recordPenalty(actor, new NewPenalty(blank(params.get("enterpriseCode")),
                params.get("decisionNumber"), date("decidedOn", params.get("decidedOn")),
                amount(params.get("amount")), params.get("basis"), params.get("note")));
        return "redirect:/rectifications?enterprise=" + params.getOrDefault("enterpriseCode", "");
    }

    @PostMapping("/rectifications/bulletins")
    String bulletin(Actor actor, @RequestParam Map<String, String> params,
                    @RequestParam(name = "document", required = false) MultipartFile document) {
        List<Attachment> kept = kept(document == null ? null : List.of(document));
        ledgers.recordBulletin(actor, new NewOutsideBulletin(blank(params.get("enterpriseCode")),
                params.get("source"), date("publishedOn", params.get("publishedOn")), params.get("title")),
                kept.isEmpty() ? null : kept.get(0));
        return "redirect:/rectifications?enterprise=" + params.getOrDefault("enterpriseCode", "");
    }

    @GetMapping("/rectifications/bulletins/{id}/document")
    ResponseEntity<byte[]> bulletinDocument(Actor actor, @PathVariable UUID id) {
        Attachments.Content content = ledgers.bulletinDocument(actor, id)
                .orElseThrow(() -> new NotFoundException("document", id.toString()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType())).body(content.bytes());
    }

    private String form(Actor actor, Model model, Map<String, String> entered, Map<String, String> errors) {
        if (!regulator(actor)) {
            throw new NotFoundException("page", "/rectifications/new");
        }
        List<RegisteredEnterprise> enterprises = enterprises(actor);
        String code = entered.get("enterpriseCode");
        if (!code.isBlank() && enterprises.stream().noneMatch(e -> e.code().equals(code))) {
            registry.enterprise(code).filter(e -> actor.sees(e.code(), e.jurisdictionPath()))
                    .orElseThrow(() -> new NotFoundException("enterprise", code));
        }
        RectificationPolicy policy = code.isBlank() ? null : rectifications.policyOf(actor, code);
        model.addAttribute("enterprises", enterprises);
        model.addAttribute("items", PatrolItem.values());
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        model.addAttribute("offlineHours", policy == null ? 24 : policy.offlineDeadline().toHours());
        model.addAttribute("otherDays", policy == null ? 7 : policy.otherDeadline().toDays());
        return "rectifications/new";
    }

    private String render(Actor actor, UUID id, Model model, Map<String, String> errors, String measures) {
        RectificationView order = rectifications.one(actor, id);
        boolean enterprise = actor.role().isEnterprise();
        model.addAttribute("order", order);
        model.addAttribute("timeline", rectifications.timeline(actor, id));
        model.addAttribute("errors", errors);
        model.addAttribute("measures", measures == null ? "" : measures);
        model.addAttribute("canAnswer", enterprise && order.state().enterprisesTurn());
        model.addAttribute("canDecide", regulator(actor) && order.state() == RectificationState.ANSWERED);
        return "rectifications/order";
    }

    private List<RegisteredEnterprise> enterprises(Actor actor) {
        return registry.visibleEnterprises(actor, null, 0, 500).items();
    }

    private List<Attachment> kept(List<MultipartFile> files) {
        List<Attachment> kept = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f != null && !f.isEmpty()) {
                    try {
                        kept.add(attachments.store("photos", f.getOriginalFilename(), f.getInputStream()));
                    } catch (IOException e) {
                        throw InvalidInputException.of("photos", "文件读取失败");
                    }
                }
            }
        }
        return kept;
    }

    /** The ledger's filter from the query; what does not parse is left out rather than refused. */
    private static RectificationFilter filter(Map<String, String> p) {
        return new RectificationFilter(parse(RectificationState.class, p.get("state")),
                "true".equals(p.get("overdue")) ? Boolean.TRUE : "false".equals(p.get("overdue")) ? Boolean.FALSE
                        : null,
                blank(p.get("enterprise")), parse(PatrolItem.class, p.get("item")), day(p.get("from")),
                day(p.get("to")));
    }

    private static boolean regulator(Actor actor) {
        return actor.role() == Role.REGULATOR || actor.isPlatformAdmin();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static PatrolItem item(String value) {
        PatrolItem item = parse(PatrolItem.class, value);
        if (item == null) {
            throw InvalidInputException.of("item", "请选择巡查事项");
        }
        return item;
    }

    private static UUID uuid(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "格式不正确");
        }
    }

    private Instant deadline(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(shown.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("deadline", "时间格式不正确");
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "日期格式不正确");
        }
    }

    private static BigDecimal amount(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("amount", "请填写金额（元）");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
