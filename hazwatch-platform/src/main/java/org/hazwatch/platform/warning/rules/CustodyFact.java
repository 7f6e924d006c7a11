package org.hazwatch.platform.warning.rules;

import java.time.Instant;

/**
 * An overdue custody duty (包保履职逾期) of a hazard source.
 *
 * @param role  zh-CN role, e.g. 技术负责人
 * @param dueAt {@link Instant#EPOCH} when the person never checked
 */
public record CustodyFact(String role, String personName, Instant dueAt) {
}
