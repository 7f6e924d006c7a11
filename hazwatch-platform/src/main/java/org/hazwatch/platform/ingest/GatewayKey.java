package org.hazwatch.platform.ingest;

/** A registered gateway (数据采集网关) and the secret it signs its requests with. */
public record GatewayKey(String gatewayCode, String enterpriseCode, String secret) {

    @Override
    public String toString() {
        return "GatewayKey[" + gatewayCode + " of " + enterpriseCode + "]";
    }
}
