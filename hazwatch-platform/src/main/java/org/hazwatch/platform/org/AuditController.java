package org.hazwatch.platform.org;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for those who supervise: regulators read their subtree's entries, enterprise admins their
 * enterprise's, the platform admin everything. Defaults: the last 7 days, 100 entries (at most 1000).
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private static final int MAX_LIMIT = 1000;

    private final JdbcAuditLog audit;

    AuditController(JdbcAuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    List<AuditEntry> read(Actor actor, @RequestParam(required = false) OffsetDateTime from,
                          @RequestParam(required = false) OffsetDateTime to,
                          @RequestParam(required = false) String action,
                          @RequestParam(defaultValue = "100") int limit) {
        if (actor.role() == Role.ENTERPRISE_OPERATOR) {
            throw new AccessDeniedException("the audit log is for regulators and enterprise admins");
        }
        OffsetDateTime end = to != null ? to : OffsetDateTime.now().plusMinutes(1);
        OffsetDateTime start = from != null ? from : end.minusDays(7);
        return audit.read(actor, new AuditQuery(start, end, action, Math.max(1, Math.min(limit, MAX_LIMIT))));
    }
}
