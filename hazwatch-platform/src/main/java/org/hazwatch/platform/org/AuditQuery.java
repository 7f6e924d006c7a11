package org.hazwatch.platform.org;

import java.time.OffsetDateTime;

/** A reading of the audit log: the period {@code [from, to)}, optionally one action, at most {@code limit}. */
record AuditQuery(OffsetDateTime from, OffsetDateTime to, String action, int limit) {
}
