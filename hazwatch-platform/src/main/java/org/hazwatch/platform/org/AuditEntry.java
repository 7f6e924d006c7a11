package org.hazwatch.platform.org;

import java.time.OffsetDateTime;
import java.util.Map;

/** One entry of the audit log (审计日志), as regulators and admins read it. */
record AuditEntry(long id, OffsetDateTime at, String username, Role role, String action, String targetType,
                  String targetCode, String jurisdictionPath, String enterpriseCode, String remoteAddr,
                  Map<String, Object> detail) {
}
