package org.hazwatch.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A gateway's code (网关编码, SPEC §2): its enterprise's code + 2-digit serial, {@code 1405250000101}.
 * Checked once when made; written as the bare code in text and JSON.
 */
public record GatewayCode(String code) implements Comparable<GatewayCode> {

    public GatewayCode {
        Codes.require(problemWith(code), code);
    }

    /** Why {@code code} is not a well-formed gateway code, or empty when it is. */
    public static Optional<String> problemWith(String code) {
        return Codes.checkGateway(code, null)
                .or(() -> Codes.checkEnterprise(code.substring(0, Codes.ENTERPRISE_LENGTH)));
    }

    /** The code, or empty when it is not well-formed. */
    public static Optional<GatewayCode> parse(String code) {
        return problemWith(code).isEmpty() ? Optional.of(new GatewayCode(code)) : Optional.empty();
    }

    @JsonCreator
    public static GatewayCode of(String code) {
        return new GatewayCode(code);
    }

    public EnterpriseCode enterprise() {
        return new EnterpriseCode(code.substring(0, Codes.ENTERPRISE_LENGTH));
    }

    @Override
    public int compareTo(GatewayCode other) {
        return code.compareTo(other.code);
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
