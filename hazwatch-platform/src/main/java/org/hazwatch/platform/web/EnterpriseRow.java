package org.hazwatch.platform.web;

import java.util.List;
import org.hazwatch.platform.registry.HazardSourceView;

/** One line of the overview's enterprise table: the enterprise as on the map, and its hazard sources. */
record EnterpriseRow(Overview.MapEnterprise enterprise, List<HazardSourceView> hazardSources) {
}
