package org.hazwatch.platform.filing;

import java.util.UUID;

/** Event for notifications: the county asked about a filing (质询); the enterprise is to answer. */
public record FilingQueried(UUID filingId, String enterpriseCode, String by, String question) {
}
