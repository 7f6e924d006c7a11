package org.hazwatch.platform.registry;

import org.hazwatch.protocol.EnterpriseCode;

/** Published inside the import's transaction; listen after commit to see the new base data. */
public record EnterpriseImported(EnterpriseCode enterpriseCode) {
}
