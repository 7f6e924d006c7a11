package org.hazwatch.platform.web;

import java.util.List;
import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.registry.RegisteredEnterprise;

/** One line of the enterprise list: the enterprise and its hazard sources. */
record EnterpriseRow(RegisteredEnterprise enterprise, List<HazardSourceView> hazardSources) {

    /** The most severe level among its hazard sources (1 = 一级 is the most severe), or null. */
    Integer highestLevel() {
        return hazardSources.stream().map(HazardSourceView::level).filter(l -> l != null)
                .min(Integer::compare).orElse(null);
    }
}
