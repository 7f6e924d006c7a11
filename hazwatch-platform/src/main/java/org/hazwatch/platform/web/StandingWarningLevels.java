package org.hazwatch.platform.web;

import java.util.List;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.warning.Warnings;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.stereotype.Component;

/**
 * The overview's warning levels, from the warning feature's standing warnings within the actor's jurisdiction: the
 * level of every enterprise (no cap: a province's map), and the first rows of the live list.
 */
@Component
class StandingWarningLevels implements WarningLevels {

    private final Warnings warnings;

    StandingWarningLevels(Warnings warnings) {
        this.warnings = warnings;
    }

    @Override
    public List<StandingWarning> mostSevere(Actor actor, int limit) {
        return warnings.mostSevereStanding(actor, limit).stream()
                .map(w -> new StandingWarning(w.id(), w.enterpriseCode(), w.hazardSourceCode(), w.level(),
                        w.raisedAt().toInstant()))
                .toList();
    }

    @Override
    public Map<String, WarningLevel> worstPerEnterprise(Actor actor) {
        return warnings.worstLevels(actor);
    }
}
