package org.hazwatch.platform.web;

import java.util.List;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.stereotype.Component;

/** Stands in for the warning feature until its bean is wired: no enterprise has a standing warning. */
@Component
class NoWarningLevels implements WarningLevels {

    @Override
    public Map<String, WarningLevel> standing(Actor actor) {
        return Map.of();
    }

    @Override
    public List<StandingWarning> standingWarnings(Actor actor, int limit) {
        return List.of();
    }
}
