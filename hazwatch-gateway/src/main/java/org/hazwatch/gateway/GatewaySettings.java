package org.hazwatch.gateway;

import java.time.Duration;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.WireContract;

/**
 * Who the gateway is and how it sends.
 *
 * @param batchSize      readings per batch at most (whole samples; one sample may exceed it)
 * @param heartbeatEvery how often a heartbeat goes out (SPEC §10 {@code heartbeat})
 * @param progressEvery  how often the progress line is printed; zero for never
 */
record GatewaySettings(String enterpriseCode, String gatewayCode, int batchSize, Backoff backoff,
                       Duration heartbeatEvery, Duration progressEvery) {

    static final String VERSION = "hazwatch-gateway 0.1.0";

    GatewaySettings {
        if (batchSize < 1 || batchSize > WireContract.MAX_READINGS) {
            throw new IllegalArgumentException("batch size must be 1.." + WireContract.MAX_READINGS);
        }
        Codes.checkEnterprise(enterpriseCode).or(() -> Codes.checkGateway(gatewayCode, enterpriseCode))
                .ifPresent(problem -> {
                    throw new IllegalArgumentException(problem);
                });
    }
}
