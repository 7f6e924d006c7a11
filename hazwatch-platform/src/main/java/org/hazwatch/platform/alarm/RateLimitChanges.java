package org.hazwatch.platform.alarm;

import java.util.HashMap;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A point's rate-of-change limit (变化速率报警限, optional): SPEC §2's point table has no column for it, so this
 * feature keeps it. Set by the enterprise's admin or the platform admin, audited.
 */
@Service
class RateLimitChanges {

    private final RateLimits rateLimits;
    private final AlarmPoints points;
    private final AlarmEngine engine;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    RateLimitChanges(RateLimits rateLimits, AlarmPoints points, AlarmEngine engine, AuditLog audit,
                     TransactionTemplate tx) {
        this.rateLimits = rateLimits;
        this.points = points;
        this.engine = engine;
        this.audit = audit;
        this.tx = tx;
    }

    /** Sets the limit in units per minute; null removes it. */
    void set(Actor actor, String pointCode, Double perMinute) {
        if (points.settings(pointCode) == null) {
            throw new NotFoundException("point", pointCode);
        }
        EnterpriseCode enterprise = PointCode.of(pointCode).enterprise();
        String path = points.jurisdictionPathOf(enterprise);
        if (!actor.sees(enterprise.code(), path)) {
            throw new NotFoundException("point", pointCode);
        }
        if (actor.role() != Role.ENTERPRISE_ADMIN && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("the rate limit is set by the enterprise's admin");
        }
        if (perMinute != null && !(perMinute > 0 && Double.isFinite(perMinute))) {
            throw InvalidInputException.of("perMinute", "a positive number of units per minute, or null for none");
        }
        Map<String, Object> detail = new HashMap<>();
        detail.put("perMinute", perMinute);
        tx.executeWithoutResult(status -> {
            rateLimits.set(pointCode, perMinute);
            audit.record(actor, "alarm.rate-limit", "point", pointCode, path, enterprise.code(), detail);
        });
        points.forget(enterprise);
        engine.call(() -> {
            engine.reconfigure(pointCode);
            return null;
        });
    }
}
