package org.hazwatch.platform.registry;

/**
 * What ingest needs to authenticate a gateway (SPEC §10): its enterprise and the HMAC-SHA256 key.
 * Never serialise it into a reply.
 */
public record GatewayCredentials(String gatewayCode, String enterpriseCode, String secret) {

    @Override
    public String toString() {
        return "GatewayCredentials[" + gatewayCode + " of " + enterpriseCode + "]";
    }
}
