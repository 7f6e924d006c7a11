package org.hazwatch.sim;

import org.hazwatch.protocol.EquipmentType;

/** One unit of the Tennessee Eastman plant as registered equipment (设备). */
public record TeEquipment(String code, EquipmentType type, String name) {
}
