package org.hazwatch.platform.filing.rules;

/** What a filing covers (报备范围): the whole enterprise, some hazard sources, or some points. */
public enum FilingScope {
    ENTERPRISE, HAZARD_SOURCES, POINTS
}
