package org.hazwatch.platform.inspection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hazwatch.platform.inspection.rules.SpotCheckSample;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionLevel;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the spot-check lists (抽查名单, SPEC §9) of every city (each day) and province (each week) that has
 * enterprises, once per period, and keeps them: a random sample of the configured share, at least one enterprise of
 * every subordinate jurisdiction.
 */
@Component
class SpotCheckLists {

    private final PatrolUnits units;
    private final PatrolStore store;
    private final PatrolCompliance compliance;
    private final Clock clock;
    private final Random random = new SecureRandom();

    SpotCheckLists(PatrolUnits units, PatrolStore store, PatrolCompliance compliance, Clock clock) {
        this.units = units;
        this.store = store;
        this.compliance = compliance;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hazwatch.inspection.patrol.check-every:1m}",
            initialDelayString = "${hazwatch.inspection.patrol.check-every:1m}")
    void drawDue() {
        drawDue(clock.instant());
    }

    /** Draws the lists of the period around {@code now} that are not drawn yet. */
    void drawDue(Instant now) {
        LocalDate day = compliance.schedule().dayOf(now);
        List<RegisteredEnterprise> all = units.enterprises(null);
        for (Jurisdiction node : units.nodesOf(all, JurisdictionLevel.CITY, JurisdictionLevel.PROVINCE)) {
            ensure(node, day, now);
        }
    }

    /** The node's list of the period of {@code day}, drawn now if it was not. */
    @Transactional
    List<PatrolStore.Listed> ensure(Jurisdiction node, LocalDate day, Instant now) {
        LocalDate[] period = PatrolCompliance.period(node.level(), day);
        if (!store.listed(node.code(), period[0])) {
            List<RegisteredEnterprise> enterprises = units.enterprises(node.code());
            Map<String, List<String>> bySubordinate = new LinkedHashMap<>();
            Map<String, String> paths = new LinkedHashMap<>();
            int depth = node.path().split("/").length;
            for (RegisteredEnterprise e : enterprises) {
                String[] codes = e.jurisdictionPath().split("/");
                String subordinate = codes.length > depth ? codes[depth] : node.code();
                bySubordinate.computeIfAbsent(subordinate, k -> new java.util.ArrayList<>()).add(e.code());
                paths.put(e.code(), e.jurisdictionPath());
            }
            double share = node.level() == JurisdictionLevel.PROVINCE
                    ? compliance.schedule(node.path()).provinceShare()
                    : compliance.schedule(node.path()).cityShare();
            List<String> sample = SpotCheckSample.draw(bySubordinate, share, random);
            store.list(node.code(), period[0], period[1], sample.stream()
                    .map(code -> new PatrolStore.Listed(code, paths.get(code), period[0], period[1])).toList(), now);
        }
        return store.spotChecks(node.code(), period[0]);
    }
}
