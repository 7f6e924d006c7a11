package org.hazwatch.platform.notify;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A notification as the API shows it.
 *
 * @param groupCount how many occasions (alarms) it stands for
 * @param deliveries the number of its deliveries per state
 */
public record NotificationView(UUID id, String kind, String kindLabel, String level, String enterpriseCode,
                               UUID warningId, String subject, String text, String smsText, int groupCount,
                               Instant createdAt, Instant notBefore, Map<String, Integer> deliveries) {
}
