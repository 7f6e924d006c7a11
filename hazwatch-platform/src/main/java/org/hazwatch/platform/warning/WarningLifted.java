package org.hazwatch.platform.warning;

import java.time.Instant;
import java.util.UUID;

import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * Event (预警解除): the factors of a warning no longer reach any level. The warning stays on record with its history;
 * its handling (处置) goes on to closure in the disposal feature. Published inside the storing transaction.
 */
public record WarningLifted(UUID warningId, String enterpriseCode, String hazardSourceCode, String jurisdictionPath,
                            WarningLevel lastLevel, Instant at) {
}
