package org.hazwatch.platform.disposal;

/** Who a handling step or an escalation is addressed to (SPEC §7). */
public enum Audience {
    /** The enterprise's duty room (值班室) and the hazard source's custody persons. */
    ENTERPRISE_DUTY,
    /** The enterprise's main responsible person (主要负责人) — the first escalation. */
    ENTERPRISE_MAIN_RESPONSIBLE,
    /** The town and county regulators over the enterprise — the second escalation. */
    TOWN_AND_COUNTY,
    /** The city regulator — the third escalation. */
    CITY
}
