package org.hazwatch.platform.web;

import java.util.Comparator;
import java.util.List;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.warning.WarningView;
import org.hazwatch.platform.warning.Warnings;
import org.springframework.stereotype.Component;

/** The overview's warning levels, from the warning feature's standing warnings within the actor's jurisdiction. */
@Component
class StandingWarningLevels implements WarningLevels {

    /** More standing warnings than this under one regulator would not fit on a map either. */
    private static final int MOST = 500;

    private static final Comparator<WarningView> MOST_SEVERE_NEWEST_FIRST = Comparator
            .comparing(WarningView::level)
            .thenComparing(WarningView::raisedAt, Comparator.reverseOrder());

    private final Warnings warnings;

    StandingWarningLevels(Warnings warnings) {
        this.warnings = warnings;
    }

    @Override
    public List<StandingWarning> standingWarnings(Actor actor) {
        return standingViews(actor).stream()
                .map(w -> new StandingWarning(w.id(), w.enterpriseCode(), w.hazardSourceCode(), w.level(),
                        w.raisedAt().toInstant()))
                .toList();
    }

    private List<WarningView> standingViews(Actor actor) {
        return warnings.list(actor, new WarningView.Filter(null, "STANDING", null, null, null, null, 0, MOST))
                .items().stream().sorted(MOST_SEVERE_NEWEST_FIRST).toList();
    }
}
