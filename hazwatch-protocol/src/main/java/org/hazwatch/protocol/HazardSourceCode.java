package org.hazwatch.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A major hazard source's code (重大危险源编码, SPEC §2): its enterprise's code + 3-digit serial,
 * {@code 14052500001001}. Checked once when made; written as the bare code in text and JSON.
 */
public record HazardSourceCode(String code) implements CodeUnderEnterprise {

    public HazardSourceCode {
        Codes.require(Codes.wholeHazardSource(code), code);
    }

    /** The code, or empty when it is not well-formed. */
    public static Optional<HazardSourceCode> parse(String code) {
        return Codes.parsed(() -> new HazardSourceCode(code));
    }

    @JsonCreator
    public static HazardSourceCode of(String code) {
        return new HazardSourceCode(code);
    }

    /** The null-safe form, for optional columns and parameters (a warning on the whole enterprise has none). */
    public static HazardSourceCode ofNullable(String code) {
        return code == null ? null : new HazardSourceCode(code);
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
