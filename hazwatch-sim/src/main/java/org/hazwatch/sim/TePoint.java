package org.hazwatch.sim;

import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.PointCode;
import org.hazwatch.protocol.PointKind;

/**
 * One Tennessee Eastman measurement XMEAS(n) registered as a monitoring point (监测点) of the demo enterprise.
 *
 * @param rangeLow  the bottom of the instrument's measuring range, in {@code unit}
 * @param rangeHigh the top of the measuring range, in {@code unit}
 */
public record TePoint(int xmeas, String code, String name, String unit, double rangeLow, double rangeHigh,
        AlarmLimits limits) {

    public String equipmentCode() {
        return code.substring(0, Codes.EQUIPMENT_LENGTH);
    }

    public PointKind kind() {
        return PointCode.of(code).kind();
    }
}
