package org.hazwatch.platform.org;

/** Levels of the tree (SPEC §1). Parks hang under a county or a city. */
public enum JurisdictionLevel {
    PROVINCE, CITY, COUNTY, TOWN, PARK
}
