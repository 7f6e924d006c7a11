package org.hazwatch.platform.bulletin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.bulletin.rules.BulletinPeriod;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionLevel;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.EnterprisePoints;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.HazwatchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled bulletins (SPEC §9): on Monday the weekly one for the previous Monday–Sunday, on the 1st the monthly
 * one for the previous month, from {@code hazwatch.bulletin.issue-at} on, for every county, city and province node
 * with enterprises. Each node and period once: the store refuses a second one, also from another platform node.
 */
@Component
class BulletinSchedule {

    private static final Logger log = LoggerFactory.getLogger(BulletinSchedule.class);
    private static final List<JurisdictionLevel> LEVELS =
            List.of(JurisdictionLevel.PROVINCE, JurisdictionLevel.CITY, JurisdictionLevel.COUNTY);

    private final Bulletins bulletins;
    private final Registry registry;
    private final Jurisdictions jurisdictions;
    private final BulletinSettings settings;
    private final Clock clock;
    private final ZoneId zone;

    BulletinSchedule(Bulletins bulletins, Registry registry, Jurisdictions jurisdictions, BulletinSettings settings,
                     Clock clock, HazwatchProperties hazwatch) {
        this.bulletins = bulletins;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.clock = clock;
        this.zone = hazwatch.zone();
    }

    @Scheduled(fixedDelayString = "${hazwatch.bulletin.check-every:5m}",
            initialDelayString = "${hazwatch.bulletin.check-every:5m}")
    void check() {
        if (settings.schedule()) {
            issueDue(clock.instant(), "");
        }
    }

    /**
     * Issues the bulletins due at {@code now} for the nodes at or beneath {@code underPath} ("" for all); tests pass
     * their own time and place. Returns those issued now.
     */
    List<BulletinView> issueDue(Instant now, String underPath) {
        List<BulletinPeriod> due = settings.calendar().due(LocalDateTime.ofInstant(now, zone));
        List<BulletinView> issued = new ArrayList<>();
        if (due.isEmpty()) {
            return issued;
        }
        for (Jurisdiction node : nodes(underPath)) {
            for (BulletinPeriod period : due) {
                try {
                    Optional<BulletinView> made = bulletins.issueScheduled(node, period, now);
                    made.ifPresent(issued::add);
                } catch (RuntimeException e) {
                    // one node's failure must not keep the others' bulletins back; the next check tries it again
                    log.error("bulletin of {} for {}..{} not issued", node.code(), period.from(), period.to(), e);
                }
            }
        }
        return issued;
    }

    /** The county, city and province nodes over the registered enterprises beneath {@code underPath}. */
    private List<Jurisdiction> nodes(String underPath) {
        Map<String, Optional<Jurisdiction>> seen = new HashMap<>();
        Map<String, Jurisdiction> found = new LinkedHashMap<>();
        for (EnterprisePoints e : registry.enterprisePoints(JurisdictionScope.everything().under(underPath))) {
            for (String code : e.jurisdictionPath().split("/")) {
                if (!code.isBlank()) {
                    seen.computeIfAbsent(code, jurisdictions::find)
                            .filter(j -> LEVELS.contains(j.level()) && j.path().startsWith(underPath))
                            .ifPresent(j -> found.putIfAbsent(j.code(), j));
                }
            }
        }
        return List.copyOf(found.values());
    }
}
