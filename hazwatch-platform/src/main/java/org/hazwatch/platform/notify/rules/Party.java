package org.hazwatch.platform.notify.rules;

import java.util.Arrays;

/** Who, in the field's terms, a notification goes to; the adapter resolves each to names and addresses. */
public enum Party {
    /** The enterprise's duty room phone (值班室电话). */
    ENTERPRISE_DUTY,
    /** The enterprise's main responsible person (主要负责人). */
    ENTERPRISE_PRINCIPAL,
    /** The enterprise's safety manager (安全负责人). */
    ENTERPRISE_SAFETY_MANAGER,
    /** The custody persons (包保责任人) of the hazard source, or of every hazard source for a whole-enterprise notice. */
    CUSTODY_PERSONS,
    /** The one custody person the notice names. */
    NAMED_CUSTODY_PERSON,
    /** Regulators on duty at the town or park over the enterprise (乡镇/园区). */
    TOWN,
    /** Regulators on duty at the county over the enterprise (县区). */
    COUNTY,
    /** Regulators on duty at the city over the enterprise (市). */
    CITY,
    /** The group robots configured for the enterprise's jurisdiction. */
    ROBOTS,
    /** The in-app feed of everyone who sees the enterprise. */
    FEED;

    public boolean regulator() {
        return this == TOWN || this == COUNTY || this == CITY;
    }

    /**
     * The regulators' level of a jurisdiction path ({@code 140000/140500/} the city, {@code …/140525/} the county,
     * deeper the town or park); null for a province or an empty path.
     */
    public static Party regulatorsAt(String jurisdictionPath) {
        int depth = jurisdictionPath == null ? 0
                : (int) Arrays.stream(jurisdictionPath.split("/")).filter(c -> !c.isBlank()).count();
        return switch (depth) {
            case 0, 1 -> null;
            case 2 -> CITY;
            case 3 -> COUNTY;
            default -> TOWN;
        };
    }
}
