package org.hazwatch.platform.registry;

import org.hazwatch.protocol.EnterpriseCode;

/**
 * An import placed an enterprise that was already registered at another jurisdiction node (its county, town or
 * park changed). Published inside the import's transaction: each feature that keeps the enterprise's jurisdiction
 * path with its rows rewrites them in a plain {@code @EventListener}, in that same transaction, so there is no
 * moment at which the new node's regulators miss what the old node's still see.
 *
 * @param fromPath the jurisdiction path it had
 * @param toPath   the jurisdiction path it has now
 */
public record EnterpriseMoved(EnterpriseCode enterpriseCode, String fromPath, String toPath) {
}
