package org.hazwatch.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A piece of equipment's code (设备编码, SPEC §2): its hazard source's code + type letters + 3-digit serial,
 * {@code 14052500001001G0001}. Checked once when made; written as the bare code in text and JSON.
 */
public record EquipmentCode(String code) implements Comparable<EquipmentCode> {

    public EquipmentCode {
        Codes.require(Codes.checkEquipment(code, null)
                .or(() -> Codes.checkHazardSource(code.substring(0, Codes.HAZARD_SOURCE_LENGTH), null))
                .or(() -> Codes.checkEnterprise(code.substring(0, Codes.ENTERPRISE_LENGTH))), code);
    }

    @JsonCreator
    public static EquipmentCode of(String code) {
        return new EquipmentCode(code);
    }

    public EnterpriseCode enterprise() {
        return new EnterpriseCode(code.substring(0, Codes.ENTERPRISE_LENGTH));
    }

    public HazardSourceCode hazardSource() {
        return new HazardSourceCode(code.substring(0, Codes.HAZARD_SOURCE_LENGTH));
    }

    public EquipmentType type() {
        return EquipmentType.of(code.substring(Codes.HAZARD_SOURCE_LENGTH, Codes.HAZARD_SOURCE_LENGTH + 2))
                .orElseThrow();
    }

    @Override
    public int compareTo(EquipmentCode other) {
        return code.compareTo(other.code);
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
