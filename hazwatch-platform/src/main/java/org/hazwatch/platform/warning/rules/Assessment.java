package org.hazwatch.platform.warning.rules;

import java.util.List;
import java.util.Set;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;

/**
 * The model's judgement of one scope — a hazard source, or with {@code hazardSourceCode} null the enterprise as a
 * whole — at one moment.
 *
 * @param level     null when the score reaches no level, or only inherent risk stands
 * @param signature what the factors are about (factor and subject codes, scores), without the values that drift
 *                  from minute to minute: a change of it is a change of the warning's factors
 */
public record Assessment(EnterpriseCode enterpriseCode, HazardSourceCode hazardSourceCode, int score,
                         WarningLevel level,
                         List<WarningFactor> factors, Set<String> signature) {

    public Assessment {
        factors = List.copyOf(factors);
        signature = Set.copyOf(signature);
    }
}
