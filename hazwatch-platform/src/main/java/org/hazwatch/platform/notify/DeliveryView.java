package org.hazwatch.platform.notify;

import java.time.Instant;
import java.util.UUID;

/** One delivery as the API shows it: to whom, by which channel, in which state. */
public record DeliveryView(UUID notificationId, String kind, String channel, String address, String recipientName,
                           String recipientRole, String state, int attempts, Instant nextAttemptAt,
                           Instant deliveredAt, String lastError, String providerRef, String idempotencyKey) {
}
