package org.hazwatch.platform.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of the console's in-app feed (站内消息).
 *
 * @param id        the feed delivery's idempotency key: a browser that sees it twice shows it once
 * @param kind      a {@link org.hazwatch.platform.notify.rules.NoticeKind} name; {@code kindLabel} its zh-CN name
 * @param level     {@code RED} … {@code BLUE}, or null
 * @param warningId the warning it is about, or null
 */
public record FeedItem(String id, String kind, String kindLabel, String level, String enterpriseCode,
                       String subject, String text, UUID warningId, Instant at) {
}
