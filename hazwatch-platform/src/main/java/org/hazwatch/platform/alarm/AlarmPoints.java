package org.hazwatch.platform.alarm;

import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * The registered points as the alarm engine needs them, answered from memory (the engine asks for a point once,
 * then again only after {@link #forget}). The registry provides the implementation.
 */
interface AlarmPoints {

    /** The point's settings with every default applied; null when the point is not registered. */
    PointAlarmSettings settings(String pointCode);

    /** Where the enterprise lies, for scoping; empty when unknown (then only the platform admin sees it). */
    String jurisdictionPathOf(EnterpriseCode enterpriseCode);

    /** The enterprise's registration changed: look its points up again. */
    void forget(EnterpriseCode enterpriseCode);
}
