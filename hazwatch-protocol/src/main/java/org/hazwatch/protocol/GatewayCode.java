package org.hazwatch.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A gateway's code (网关编码, SPEC §2): its enterprise's code + 2-digit serial, {@code 1405250000101}.
 * Checked once when made; written as the bare code in text and JSON.
 */
public record GatewayCode(String code) implements CodeUnderEnterprise {

    public GatewayCode {
        Codes.require(Codes.wholeGateway(code), code);
    }

    /** The code, or empty when it is not well-formed. */
    public static Optional<GatewayCode> parse(String code) {
        return Codes.parsed(() -> new GatewayCode(code));
    }

    @JsonCreator
    public static GatewayCode of(String code) {
        return new GatewayCode(code);
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
