package org.hazwatch.platform.inspection.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The spot-check list (抽查) of a city (daily) or province (weekly), SPEC §9: a random sample of at least the share
 * of its enterprises (rounded up) and at least one enterprise of every subordinate jurisdiction that has any.
 */
public final class SpotCheckSample {

    private SpotCheckSample() {
    }

    /**
     * @param bySubordinate the enterprises of each subordinate jurisdiction (county of a city, city of a province)
     * @return the sample, each subordinate's first pick first, then the rest in random order
     */
    public static List<String> draw(Map<String, List<String>> bySubordinate, double share, Random random) {
        Set<String> picked = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        bySubordinate.forEach((subordinate, enterprises) -> {
            if (!enterprises.isEmpty()) {
                picked.add(enterprises.get(random.nextInt(enterprises.size())));
                all.addAll(enterprises);
            }
        });
        int wanted = (int) Math.ceil(share * all.size() - 1e-9);
        List<String> rest = new ArrayList<>(all);
        rest.removeAll(picked);
        Collections.shuffle(rest, random);
        for (int i = 0; picked.size() < wanted && i < rest.size(); i++) {
            picked.add(rest.get(i));
        }
        return List.copyOf(picked);
    }
}
