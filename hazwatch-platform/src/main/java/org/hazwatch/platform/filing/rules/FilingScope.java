package org.hazwatch.platform.filing.rules;

/**
 * What a filing covers (报备范围): the whole enterprise, some hazard sources, some points, or some cameras. A filing of
 * cameras takes no point out of service: it only says why the cameras are dark (SPEC §11, video offline excused).
 */
public enum FilingScope {
    ENTERPRISE, HAZARD_SOURCES, POINTS, CAMERAS
}
