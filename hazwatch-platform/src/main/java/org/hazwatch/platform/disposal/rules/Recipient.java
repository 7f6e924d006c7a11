package org.hazwatch.platform.disposal.rules;

/** The rungs of the escalation ladder (SPEC §7), lowest first; named as {@code disposal.Audience}'s constants. */
public enum Recipient {
    ENTERPRISE_MAIN_RESPONSIBLE("企业主要负责人"),
    TOWN_AND_COUNTY("乡镇和县级监管部门"),
    CITY("市级监管部门");

    private final String label;

    Recipient(String label) {
        this.label = label;
    }

    /** zh-CN. */
    public String label() {
        return label;
    }
}
