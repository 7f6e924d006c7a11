package org.hazwatch.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * An enterprise's code (企业编码, SPEC §2): 6-digit division code + 5-digit serial, {@code 14052500001}.
 * Checked once when made; written as the bare code in text and JSON.
 */
public record EnterpriseCode(String code) {

    public EnterpriseCode {
        Codes.require(Codes.checkEnterprise(code), code);
    }

    /** The code, or empty when it is not well-formed. */
    public static Optional<EnterpriseCode> parse(String code) {
        return Codes.parsed(() -> new EnterpriseCode(code));
    }

    @JsonCreator
    public static EnterpriseCode of(String code) {
        return new EnterpriseCode(code);
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
