package org.hazwatch.platform.registry;

/**
 * An enterprise of the registry (企业基本信息) with where it lies in the jurisdiction tree.
 *
 * @param jurisdictionPath the path of its most specific node (park, else town, else county)
 */
public record RegisteredEnterprise(String code, String name, String creditCode, String divisionCode,
                                   String parkCode, String jurisdictionPath, String address, Double lon,
                                   Double lat) {
}
