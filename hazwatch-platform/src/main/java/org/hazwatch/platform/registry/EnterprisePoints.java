package org.hazwatch.platform.registry;

import java.util.List;

/**
 * An enterprise with its registered points, for access progress (接入进度): whether it has a major hazard source
 * (重大危险源, S ≥ 1 by GB 18218-2018) and the codes of its points.
 */
public record EnterprisePoints(String code, String name, String jurisdictionPath, boolean majorHazard,
                               List<String> pointCodes) {

    public EnterprisePoints {
        pointCodes = List.copyOf(pointCodes);
    }
}
