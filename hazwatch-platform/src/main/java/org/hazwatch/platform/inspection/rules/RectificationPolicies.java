package org.hazwatch.platform.inspection.rules;

import java.util.Map;

/**
 * The rectification policy of each jurisdiction: the one set on the deepest node of the enterprise's path, else the
 * default.
 */
public record RectificationPolicies(RectificationPolicy defaults, Map<String, RectificationPolicy> byJurisdiction) {

    public RectificationPolicies {
        byJurisdiction = Map.copyOf(byJurisdiction);
    }

    /** @param enterprisePath {@code 140000/140500/140525/…} */
    public RectificationPolicy forPath(String enterprisePath) {
        RectificationPolicy found = defaults;
        if (enterprisePath != null) {
            for (String code : enterprisePath.split("/")) {
                RectificationPolicy set = byJurisdiction.get(code);
                if (set != null) {
                    found = set;
                }
            }
        }
        return found;
    }
}
