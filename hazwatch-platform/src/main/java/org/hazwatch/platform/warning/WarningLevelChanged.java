package org.hazwatch.platform.warning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;

/** Event (预警升级/降级): a standing warning moved to another level. Published inside the storing transaction. */
public record WarningLevelChanged(UUID warningId, EnterpriseCode enterpriseCode, HazardSourceCode hazardSourceCode,
                                  String jurisdictionPath, WarningLevel from, WarningLevel to,
                                  List<WarningFactor> factors, Instant at) {

    public boolean upgraded() {
        return to.above(from);
    }
}
