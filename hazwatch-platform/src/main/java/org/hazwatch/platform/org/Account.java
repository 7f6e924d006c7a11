package org.hazwatch.platform.org;

import java.time.OffsetDateTime;

/** A user account (用户账号) as stored; the password only as its hash. */
record Account(String username, String displayName, String passwordHash, Role role, String jurisdictionCode,
               String enterpriseCode, boolean enabled, OffsetDateTime createdAt) {
}
