package org.hazwatch.platform.warning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;

/**
 * Event (预警产生): the model judged an enterprise, or one of its hazard sources, at elevated risk. Published inside
 * the transaction that stores the warning, so a listener that writes in that transaction (the notification outbox,
 * the disposal case) commits or rolls back with it.
 *
 * @param hazardSourceCode null for a warning on the whole enterprise
 */
public record WarningRaised(UUID warningId, EnterpriseCode enterpriseCode, HazardSourceCode hazardSourceCode,
                            String jurisdictionPath, WarningLevel level, List<WarningFactor> factors, Instant at) {
}
