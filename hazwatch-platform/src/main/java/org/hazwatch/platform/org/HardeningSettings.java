package org.hazwatch.platform.org;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The 等保 2.0 (level 3) settings under {@code hazwatch.security} (docs/SECURITY.md); the session timeout itself is
 * {@code hazwatch.security.session-timeout}, handed to {@code server.servlet.session.timeout}.
 *
 * @param screenFrameAncestors who may frame the large screen ({@code /screen}) — {@code 'self'}, or the wall
 *                             display's origin; every other page may be framed by nobody
 * @param auditRetention       how long audit entries are kept; never less than 180 days, whatever is set
 * @param passwordHistory      how many earlier passwords a new one may not repeat
 */
@ConfigurationProperties("hazwatch.security")
record HardeningSettings(@DefaultValue("'self'") String screenFrameAncestors,
                         @DefaultValue("365d") Duration auditRetention,
                         @DefaultValue("5") int passwordHistory) {

    /** The least the audit log is kept (等保 2.0: at least six months). */
    static final Duration MIN_AUDIT_RETENTION = Duration.ofDays(180);

    Duration effectiveAuditRetention() {
        return auditRetention.compareTo(MIN_AUDIT_RETENTION) < 0 ? MIN_AUDIT_RETENTION : auditRetention;
    }
}
