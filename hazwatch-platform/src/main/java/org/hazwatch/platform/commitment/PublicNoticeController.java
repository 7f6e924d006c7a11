package org.hazwatch.platform.commitment;

import java.time.Clock;
import java.time.ZoneId;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The enterprise's public notice (承诺公告) as the main-gate display shows it: today's commitment, no login
 * (the notice is public by rule, SPEC §8), and the filings (报备) in force, so the gate shows why a unit is down.
 */
@Controller
class PublicNoticeController {

    private final Commitments commitments;
    private final Registry registry;
    private final ZoneId zone;
    private final Filings filings;
    private final Clock clock;

    PublicNoticeController(Commitments commitments, Registry registry, HazwatchProperties hazwatch,
                           Filings filings, Clock clock) {
        this.commitments = commitments;
        this.registry = registry;
        this.zone = hazwatch.zone();
        this.filings = filings;
        this.clock = clock;
    }

    @GetMapping("/public/enterprises/{code}/commitment")
    String notice(@PathVariable String code, Model model) {
        RegisteredEnterprise enterprise = registry.enterprise(code)
                .orElseThrow(() -> new NotFoundException("enterprise", code));
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("day", commitments.today());
        model.addAttribute("status", commitments.statusOn(code, commitments.today()));
        model.addAttribute("commitment", commitments.today(code).orElse(null));
        model.addAttribute("zone", zone);
        model.addAttribute("filings", filings.inForce(code, clock.instant()));
        return "public/commitment";
    }
}
