package org.hazwatch.platform.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.access.rules.AccessFigures;
import org.hazwatch.platform.access.rules.AccessTally;
import org.hazwatch.platform.access.rules.EnterpriseAccess;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.EnterprisePoints;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.telemetry.Connections;
import org.hazwatch.platform.telemetry.Connections.PointConnection;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Access progress (接入进度) for regulators and the admin: one registry query for the node's enterprises and their
 * points, one telemetry query for the points never heard since start; a node the actor does not see is a 404, and
 * enterprise users are refused (403).
 */
@Service
@EntryClass
public class AccessProgress {

    /** The name of the line of enterprises registered at the node itself rather than beneath a child. */
    static final String DIRECT = "本级";

    private final Registry registry;
    private final Connections connections;
    private final Jurisdictions jurisdictions;

    AccessProgress(Registry registry, Connections connections, Jurisdictions jurisdictions) {
        this.registry = registry;
        this.connections = connections;
        this.jurisdictions = jurisdictions;
    }

    /** @param jurisdictionCode the node shown; null for the actor's own node (the whole tree for the admin) */
    public AccessReport report(Actor actor, String jurisdictionCode) {
        if (actor.role().isEnterprise()) {
            throw new AccessDeniedException("access progress is for regulators");
        }
        String code = jurisdictionCode == null || jurisdictionCode.isBlank() ? actor.jurisdictionCode()
                : jurisdictionCode;
        Jurisdiction node = code == null ? null : jurisdictions.visible(actor, code);
        JurisdictionScope scope = jurisdictions.scope(actor, code);
        List<EnterpriseAccess> enterprises = states(registry.enterprisePoints(scope));
        List<AccessTally.Area> children = jurisdictions.children(code).stream()
                .map(j -> new AccessTally.Area(j.code(), j.name(), j.path())).toList();
        return new AccessReport(code, node == null ? "全部" : node.name(), trail(actor, node),
                AccessFigures.of(enterprises), AccessTally.byArea(children, enterprises, DIRECT),
                AccessTally.majorHazardNotConnected(enterprises), enterprises);
    }

    /** The report as a workbook (Excel): the areas, the major-hazard enterprises not connected, every enterprise. */
    public byte[] workbook(Actor actor, String jurisdictionCode) {
        return AccessWorkbook.write(report(actor, jurisdictionCode));
    }

    private List<EnterpriseAccess> states(List<EnterprisePoints> enterprises) {
        List<String> points = enterprises.stream().flatMap(e -> e.pointCodes().stream()).toList();
        Map<String, PointConnection> states = connections.points(points);
        List<EnterpriseAccess> result = new ArrayList<>();
        for (EnterprisePoints e : enterprises) {
            List<PointConnection> own = e.pointCodes().stream().map(states::get).toList();
            var enterprise = connections.enterprise(e.code(), own);
            result.add(new EnterpriseAccess(e.code(), e.name(), e.jurisdictionPath(), e.majorHazard(), own.size(),
                    (int) own.stream().filter(PointConnection::connected).count(),
                    (int) own.stream().filter(PointConnection::online).count(),
                    enterprise.connected(), enterprise.online()));
        }
        return result;
    }

    private List<AccessReport.Crumb> trail(Actor actor, Jurisdiction node) {
        List<AccessReport.Crumb> trail = new ArrayList<>();
        if (actor.isPlatformAdmin()) {
            trail.add(new AccessReport.Crumb(null, "全部"));
        }
        if (node == null) {
            return trail;
        }
        for (String code : node.path().split("/")) {
            if (code.isEmpty()) {
                continue;
            }
            jurisdictions.find(code).filter(j -> actor.seesJurisdiction(j.path()))
                    .ifPresent(j -> trail.add(new AccessReport.Crumb(j.code(), j.name())));
        }
        return trail;
    }
}
