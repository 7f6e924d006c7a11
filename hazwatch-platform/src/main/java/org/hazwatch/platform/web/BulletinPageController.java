package org.hazwatch.platform.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hazwatch.platform.bulletin.BulletinView;
import org.hazwatch.platform.bulletin.Bulletins;
import org.hazwatch.platform.bulletin.NewBulletin;
import org.hazwatch.platform.bulletin.rules.BulletinPeriod;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The bulletin archive (通报): a jurisdiction's bulletins with their downloads, and issuing one on demand. */
@Controller
class BulletinPageController {

    private final Bulletins bulletins;
    private final ZoneId zone;
    private final DateTimeFormatter issuedAt;

    BulletinPageController(Bulletins bulletins, HazwatchProperties hazwatch) {
        this.bulletins = bulletins;
        this.zone = hazwatch.zone();
        this.issuedAt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    /** A row of the archive, its time of issue shown in the platform's zone. */
    record Row(BulletinView b, String issuedAt) {
    }

    @GetMapping("/bulletins")
    String archive(Actor actor, @RequestParam(required = false) String jurisdiction, Model model) {
        if (actor.role().isEnterprise()) {
            throw new NotFoundException("page", "bulletins");
        }
        String node = jurisdiction == null || jurisdiction.isBlank() ? actor.jurisdictionCode() : jurisdiction;
        List<Row> rows = bulletins.list(actor, node).stream().map(b -> new Row(b, issuedAt.format(b.issuedAt())))
                .toList();
        LocalDate today = LocalDate.now(zone);
        BulletinPeriod lastMonth = BulletinPeriod.monthBefore(today);
        model.addAttribute("jurisdiction", node);
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        model.addAttribute("from", lastMonth.from());
        model.addAttribute("to", lastMonth.to());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "bulletins";
    }

    @PostMapping("/bulletins")
    String issue(Actor actor, @RequestParam(required = false) String jurisdiction, @RequestParam String period,
                 @RequestParam String from, @RequestParam String to, RedirectAttributes redirect) {
        try {
            BulletinView issued = bulletins.issue(actor, new NewBulletin(jurisdiction, period, from, to, null));
            redirect.addFlashAttribute("issued", issued.number());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.problems());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/bulletins").queryParam("jurisdiction", jurisdiction)
                .build().toUriString();
    }
}
