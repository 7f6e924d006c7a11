package org.hazwatch.platform.warning;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;

/**
 * Event (预警解除): the factors of a warning no longer reach any level. The warning stays on record with its history;
 * its handling (处置) goes on to closure in the disposal feature. Published inside the storing transaction.
 */
public record WarningLifted(UUID warningId, EnterpriseCode enterpriseCode, HazardSourceCode hazardSourceCode,
                            String jurisdictionPath, WarningLevel lastLevel, Instant at) {
}
