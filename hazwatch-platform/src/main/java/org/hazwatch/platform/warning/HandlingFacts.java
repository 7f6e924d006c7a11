package org.hazwatch.platform.warning;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.stereotype.Component;

/**
 * The management fact the warning model cannot see for itself: how many of an enterprise's warnings are past a
 * handling deadline (预警处置超时, SPEC §6 "warnings unhandled"). The disposal feature reports it whenever the count
 * changes; the model reads it on its next evaluation.
 */
@Component
public class HandlingFacts {

    private final Map<EnterpriseCode, Integer> overdue = new ConcurrentHashMap<>();

    /** Sets the number of the enterprise's warnings whose sign-for, feedback or follow-up deadline has passed. */
    public void overdueWarnings(EnterpriseCode enterpriseCode, int count) {
        if (count <= 0) {
            overdue.remove(enterpriseCode);
        } else {
            overdue.put(enterpriseCode, count);
        }
    }

    public int overdueWarnings(EnterpriseCode enterpriseCode) {
        return overdue.getOrDefault(enterpriseCode, 0);
    }
}
