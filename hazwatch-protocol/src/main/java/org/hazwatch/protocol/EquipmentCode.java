package org.hazwatch.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A piece of equipment's code (设备编码, SPEC §2): its hazard source's code + type letters + 3-digit serial,
 * {@code 14052500001001G0001}. Checked once when made; written as the bare code in text and JSON.
 */
public record EquipmentCode(String code) implements CodeUnderEnterprise, Comparable<EquipmentCode> {

    public EquipmentCode {
        Codes.require(Codes.wholeEquipment(code), code);
    }

    /** The code, or empty when it is not well-formed. */
    public static Optional<EquipmentCode> parse(String code) {
        return Codes.parsed(() -> new EquipmentCode(code));
    }

    @JsonCreator
    public static EquipmentCode of(String code) {
        return new EquipmentCode(code);
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
