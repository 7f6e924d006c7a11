package org.hazwatch.platform.ingest;

import java.util.Optional;

/** The registered gateways, as ingest needs them; the registry provides the implementation. */
public interface GatewayDirectory {

    Optional<GatewayKey> gateway(String gatewayCode);
}
