package org.hazwatch.platform.access.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups enterprises by the child jurisdiction of the shown node they lie in, and lists what is not connected. */
public final class AccessTally {

    /** A child jurisdiction of the node shown, with its path ({@code 140000/140500/}). */
    public record Area(String code, String name, String path) {
    }

    private AccessTally() {
    }

    /**
     * One row per child (in the order given, also those without enterprises), then one row for enterprises at the
     * node itself or beneath no child (named {@code directName}) when there are any.
     */
    public static List<AccessRow> byArea(List<Area> children, List<EnterpriseAccess> enterprises, String directName) {
        Map<Area, List<EnterpriseAccess>> byChild = new LinkedHashMap<>();
        children.forEach(child -> byChild.put(child, new ArrayList<>()));
        List<EnterpriseAccess> direct = new ArrayList<>();
        for (EnterpriseAccess e : enterprises) {
            Area area = children.stream().filter(c -> e.jurisdictionPath().startsWith(c.path())).findFirst()
                    .orElse(null);
            (area == null ? direct : byChild.get(area)).add(e);
        }
        List<AccessRow> rows = new ArrayList<>();
        byChild.forEach((area, list) -> rows.add(new AccessRow(area.code(), area.name(), true, AccessFigures.of(list))));
        if (!direct.isEmpty()) {
            rows.add(new AccessRow(null, directName, false, AccessFigures.of(direct)));
        }
        return rows;
    }

    /** The major-hazard enterprises never connected, by code. */
    public static List<EnterpriseAccess> majorHazardNotConnected(List<EnterpriseAccess> enterprises) {
        return enterprises.stream().filter(e -> e.majorHazard() && !e.connected()).toList();
    }
}
