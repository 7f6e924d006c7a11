package org.hazwatch.platform.org;

import java.util.Map;

/**
 * The audit log (审计日志): every state change made by a person — who, when, what, from which address.
 * Callers record inside the transaction of the change, so a change and its audit entry commit together.
 * The caller's address is taken from the current request, if there is one.
 */
public interface AuditLog {

    /**
     * @param action       a verb in the field's words, e.g. {@code registry.import}, {@code alarm.ack}
     * @param targetType   what was changed, e.g. {@code enterprise}
     * @param targetCode   its code
     * @param jurisdictionPath where the target lies, so regulators read entries of their subtree
     * @param detail       what changed, as JSON-able values
     */
    default void record(Actor actor, String action, String targetType, String targetCode, String jurisdictionPath,
                        Map<String, ?> detail) {
        record(actor, action, targetType, targetCode, jurisdictionPath, actor.enterpriseCode(), detail);
    }

    /**
     * As above, naming the enterprise the target belongs to, so that the enterprise's admins read the entry
     * even when a regulator made the change.
     */
    void record(Actor actor, String action, String targetType, String targetCode, String jurisdictionPath,
                String enterpriseCode, Map<String, ?> detail);
}
