package org.hazwatch.platform.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionLevel;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.Page;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.springframework.stereotype.Component;

/** The enterprises beneath a node, and the nodes that patrol (counties, parks) or spot-check (cities, provinces). */
@Component
class PatrolUnits {

    private final Registry registry;
    private final Jurisdictions jurisdictions;

    PatrolUnits(Registry registry, Jurisdictions jurisdictions) {
        this.registry = registry;
        this.jurisdictions = jurisdictions;
    }

    /** Every enterprise beneath the node (all of them for null), in the registry's order. */
    List<RegisteredEnterprise> enterprises(String jurisdictionCode) {
        List<RegisteredEnterprise> all = new ArrayList<>();
        Page<RegisteredEnterprise> page;
        int n = 0;
        do {
            page = registry.visibleEnterprises(Actor.system(), jurisdictionCode, n++, 500);
            all.addAll(page.items());
        } while (page.items().size() == 500);
        return all;
    }

    /** The nodes of the given levels on the enterprises' paths, each once (a look-up cache per call). */
    List<Jurisdiction> nodesOf(List<RegisteredEnterprise> enterprises, JurisdictionLevel... levels) {
        Map<String, Optional<Jurisdiction>> seen = new HashMap<>();
        Map<String, Jurisdiction> found = new java.util.LinkedHashMap<>();
        for (RegisteredEnterprise e : enterprises) {
            for (String code : e.jurisdictionPath().split("/")) {
                if (code.isBlank()) {
                    continue;
                }
                seen.computeIfAbsent(code, jurisdictions::find)
                        .filter(j -> List.of(levels).contains(j.level()))
                        .ifPresent(j -> found.putIfAbsent(j.code(), j));
            }
        }
        return List.copyOf(found.values());
    }

    /** The subordinates counted in compliance: children that are cities, counties or parks. */
    List<Jurisdiction> subordinates(Jurisdiction node) {
        return jurisdictions.children(node.code()).stream().filter(j -> j.level() == JurisdictionLevel.CITY
                || j.level() == JurisdictionLevel.COUNTY || j.level() == JurisdictionLevel.PARK).toList();
    }

    static boolean patrols(JurisdictionLevel level) {
        return level == JurisdictionLevel.COUNTY || level == JurisdictionLevel.PARK
                || level == JurisdictionLevel.TOWN;
    }
}
