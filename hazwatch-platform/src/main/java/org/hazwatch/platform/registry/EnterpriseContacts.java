package org.hazwatch.platform.registry;

/**
 * Who to call at an enterprise: its main responsible person (主要负责人), safety manager (安全负责人) and duty room
 * (值班室); any of them may be missing.
 */
public record EnterpriseContacts(String principal, String principalPhone, String safetyManager,
                                 String safetyManagerPhone, String dutyPhone) {
}
