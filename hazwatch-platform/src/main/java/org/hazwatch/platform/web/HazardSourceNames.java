package org.hazwatch.platform.web;

import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * The registered name of a hazard source (重大危险源名称), for lists that carry only its code; pages call it as
 * {@code ${@hazardSources.name(code)}}. A hazard source's code begins with its enterprise's 11-digit code.
 */
@Component("hazardSources")
public class HazardSourceNames {

    private static final int ENTERPRISE_CODE_LENGTH = 11;

    private final Registry registry;

    HazardSourceNames(Registry registry) {
        this.registry = registry;
    }

    /** The name, or the code itself when the registry does not know it. */
    public String name(String hazardSourceCode) {
        if (hazardSourceCode == null || hazardSourceCode.length() <= ENTERPRISE_CODE_LENGTH) {
            return hazardSourceCode;
        }
        return registry.registration(hazardSourceCode.substring(0, ENTERPRISE_CODE_LENGTH))
                .flatMap(r -> r.hazardSources().stream().filter(h -> h.code().equals(hazardSourceCode)).findFirst())
                .map(HazardSourceView::name).orElse(hazardSourceCode);
    }
}
