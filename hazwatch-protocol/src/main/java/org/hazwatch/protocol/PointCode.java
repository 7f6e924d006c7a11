package org.hazwatch.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A monitoring point's code (监测点编码, SPEC §2): its equipment's code + kind letters + 3-digit serial,
 * {@code 14052500001001G0001YW001}. The hierarchy is read from the code here and nowhere else. Checked once when
 * made; written as the bare code in text and JSON.
 */
public record PointCode(String code) implements CodeUnderEnterprise, Comparable<PointCode> {

    public PointCode {
        Codes.require(Codes.wholePoint(code), code);
    }

    /** The code, or empty when it is not well-formed. */
    public static Optional<PointCode> parse(String code) {
        return Codes.parsed(() -> new PointCode(code));
    }

    @JsonCreator
    public static PointCode of(String code) {
        return new PointCode(code);
    }

    /** The null-safe form, for optional columns and parameters (an enterprise's own alarm has no point). */
    public static PointCode ofNullable(String code) {
        return code == null ? null : new PointCode(code);
    }

    public HazardSourceCode hazardSource() {
        return new HazardSourceCode(code.substring(0, Codes.HAZARD_SOURCE_LENGTH));
    }

    public EquipmentCode equipment() {
        return new EquipmentCode(code.substring(0, Codes.EQUIPMENT_LENGTH));
    }

    public PointKind kind() {
        return PointKind.of(code.substring(Codes.EQUIPMENT_LENGTH, Codes.EQUIPMENT_LENGTH + 2)).orElseThrow();
    }

    @Override
    public int compareTo(PointCode other) {
        return code.compareTo(other.code);
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
