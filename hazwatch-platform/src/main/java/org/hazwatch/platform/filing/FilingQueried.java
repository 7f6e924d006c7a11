package org.hazwatch.platform.filing;

import java.util.UUID;
import org.hazwatch.protocol.EnterpriseCode;

/** Event for notifications: the county asked about a filing (质询); the enterprise is to answer. */
public record FilingQueried(UUID filingId, EnterpriseCode enterpriseCode, String by, String question) {
}
