package org.hazwatch.platform.registry;

/**
 * A custody responsible person of a hazard source (包保责任人, 应急厅〔2021〕12号).
 *
 * @param role {@code main}, {@code technical} or {@code operations}
 */
public record CustodyAssignment(String hazardSourceCode, String enterpriseCode, String role, String name,
                                String phone, String position) {
}
