package org.hazwatch.platform.org;

/**
 * A node of the jurisdiction tree (SPEC §1): a GB/T 2260 administrative division or a chemical park.
 *
 * @param path codes from the root down, each followed by {@code /}, e.g. {@code 140000/140500/140525/}
 */
public record Jurisdiction(String code, String name, JurisdictionLevel level, String parentCode, String path) {
}
