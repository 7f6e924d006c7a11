package org.hazwatch.platform.registry;

import java.time.Duration;
import org.hazwatch.protocol.PointKind;

/**
 * A registered monitoring point (监测点) as ingest and the alarm engine need it. Range, limits and deadband are in
 * {@code unit}; absent limits, deadband and delays are null (the alarm engine's defaults apply).
 */
public record PointDefinition(String code, String enterpriseCode, String hazardSourceCode, String equipmentCode,
                              PointKind kind, String name, String unit, double rangeLow, double rangeHigh,
                              Double ll, Double l, Double h, Double hh, Double deadband, Duration onDelay,
                              Duration offDelay, String tagNumber) {
}
