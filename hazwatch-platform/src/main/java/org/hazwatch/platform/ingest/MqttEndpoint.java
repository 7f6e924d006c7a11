package org.hazwatch.platform.ingest;

import java.net.URI;

/** Where gateways reach the platform's MQTT ingest (SPEC §10); a bean only while MQTT ingest is enabled. */
public interface MqttEndpoint {

    /** The broker's address, e.g. {@code tcp://localhost:1883}. */
    URI brokerUrl();

    /** Whether that broker is the platform's embedded one (gateways log in with their code and secret). */
    boolean embedded();

    /**
     * Publishes the platform's orders for an enterprise's gateway on {@code hazwatch/v1/<enterprise>/commands}
     * (QoS 1, SPEC §11); best effort: the heartbeat's reply carries the same orders.
     */
    void order(String enterpriseCode, byte[] body);
}
