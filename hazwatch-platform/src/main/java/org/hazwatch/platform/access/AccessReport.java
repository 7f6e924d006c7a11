package org.hazwatch.platform.access;

import java.util.List;
import org.hazwatch.platform.access.rules.AccessFigures;
import org.hazwatch.platform.access.rules.AccessRow;
import org.hazwatch.platform.access.rules.EnterpriseAccess;

/**
 * Access progress (接入进度) of one jurisdiction node (null code: the whole platform, for the admin).
 *
 * @param trail                  the nodes from the actor's own down to this one, for drilling back up
 * @param areas                  a line per child node, then the enterprises at the node itself
 * @param majorHazardNotConnected the major-hazard enterprises that were never heard (重大危险源企业未接入)
 * @param enterprises            every enterprise of the node with its figures
 */
public record AccessReport(String code, String name, List<Crumb> trail, AccessFigures total, List<AccessRow> areas,
                           List<EnterpriseAccess> majorHazardNotConnected, List<EnterpriseAccess> enterprises) {

    /** A node of the trail. */
    public record Crumb(String code, String name) {
    }
}
