package org.hazwatch.platform.telemetry;

import org.hazwatch.protocol.PointKind;

/**
 * What telemetry needs to know of a registered monitoring point (监测点).
 *
 * @param rangeLow       lower end of the measuring range (量程), null when none is registered
 * @param rangeHigh      upper end of the measuring range, null when none is registered
 */
public record PointSpec(String code, String enterpriseCode, PointKind kind, String unit, Double rangeLow,
                        Double rangeHigh) {
}
