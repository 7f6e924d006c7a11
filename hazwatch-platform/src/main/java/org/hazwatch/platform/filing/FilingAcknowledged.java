package org.hazwatch.platform.filing;

import java.util.UUID;
import org.hazwatch.protocol.EnterpriseCode;

/** Event for notifications: the county acknowledged a filing; the enterprise is to be told. */
public record FilingAcknowledged(UUID filingId, EnterpriseCode enterpriseCode, String by) {
}
