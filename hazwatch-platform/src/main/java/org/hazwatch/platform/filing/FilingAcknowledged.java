package org.hazwatch.platform.filing;

import java.util.UUID;

/** Event for notifications: the county acknowledged a filing; the enterprise is to be told. */
public record FilingAcknowledged(UUID filingId, String enterpriseCode, String by) {
}
