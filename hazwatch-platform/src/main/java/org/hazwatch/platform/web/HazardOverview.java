package org.hazwatch.platform.web;

import java.util.List;
import java.util.Objects;
import org.hazwatch.platform.registry.HazardSourceView;

/**
 * Counts for the overview cards: enterprises, major hazard sources, and hazard sources per GB 18218 level.
 *
 * @param byLevel index 0 = 一级 … 3 = 四级
 */
record HazardOverview(int enterprises, long majorHazardSources, long[] byLevel) {

    static HazardOverview of(List<EnterpriseRow> rows) {
        List<HazardSourceView> sources = rows.stream().flatMap(r -> r.hazardSources().stream()).toList();
        long[] byLevel = new long[4];
        sources.stream().map(HazardSourceView::level).filter(Objects::nonNull)
                .filter(level -> level >= 1 && level <= 4).forEach(level -> byLevel[level - 1]++);
        long major = sources.stream().filter(s -> Boolean.TRUE.equals(s.majorHazard())).count();
        return new HazardOverview(rows.size(), major, byLevel);
    }
}
