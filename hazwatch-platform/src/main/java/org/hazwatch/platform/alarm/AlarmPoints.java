package org.hazwatch.platform.alarm;

import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * The registered points as the alarm engine needs them, answered from memory. The registry provides the
 * implementation; it follows the registry's changes by itself.
 */
interface AlarmPoints {

    /** The point's settings with every default applied; null when the point is not registered. */
    PointAlarmSettings settings(String pointCode);

    /** Where the enterprise lies, for scoping; empty when unknown (then only the platform admin sees it). */
    String jurisdictionPathOf(EnterpriseCode enterpriseCode);

    /** This feature's own settings of the enterprise's points (rate limits) changed: settle its points again. */
    void forget(EnterpriseCode enterpriseCode);
}
