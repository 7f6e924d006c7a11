package org.hazwatch.platform.notify;

import java.util.Set;
import java.util.UUID;

/**
 * A regulator's person to notify (监管值班联系人) at a jurisdiction node.
 *
 * @param role     值班员, 局长, 科长 …
 * @param onDuty   only people on duty are notified
 * @param channels {@code sms} and/or {@code email}
 */
public record Contact(UUID id, String jurisdictionCode, String jurisdictionPath, String name, String role,
                      String phone, String email, boolean onDuty, Set<String> channels) {
}
