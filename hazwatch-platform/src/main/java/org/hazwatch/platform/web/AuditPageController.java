package org.hazwatch.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit page (审计日志): the admin reads every entry, a regulator those of its jurisdiction and its own users
 * ({@link AuditTrail}); filtered by days, who and action, 50 to a page. Enterprise users: 403; another
 * jurisdiction: 404.
 */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final Shown shown;
    private final Clock clock;

    AuditPageController(AuditTrail trail, Shown shown, Clock clock) {
        this.trail = trail;
        this.shown = shown;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String page(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String who, @RequestParam(required = false) String action,
                @RequestParam(required = false) String jurisdiction, @RequestParam(defaultValue = "0") int page,
                Model model) {
        LocalDate last = to != null ? to : shown.today(clock);
        LocalDate first = from != null ? from : last.minusDays(6);
        AuditTrail.Found found = trail.find(actor, jurisdiction, new AuditTrail.Criteria(
                first.atStartOfDay(shown.zone()).toInstant(), last.plusDays(1).atStartOfDay(shown.zone()).toInstant(),
                who, action), page, PAGE_SIZE);
        UriComponentsBuilder q = UriComponentsBuilder.newInstance().queryParam("from", first).queryParam("to", last);
        if (who != null && !who.isBlank()) {
            q.queryParam("who", who.strip());
        }
        if (action != null && !action.isBlank()) {
            q.queryParam("action", action.strip());
        }
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            q.queryParam("jurisdiction", jurisdiction.strip());
        }
        model.addAttribute("found", found);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("who", who);
        model.addAttribute("action", action);
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("query", q.build().encode().toUriString());
        return "audit/list";
    }
}
