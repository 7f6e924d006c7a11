package org.hazwatch.platform.ingest;

import org.hazwatch.protocol.IngestReply;

/**
 * A message kind beyond readings and heartbeats (SPEC §10: {@code video-status}, {@code video-events}) that another
 * feature takes. Ingest does what every kind shares — the size limit, the signature (HTTP) or the broker's login and
 * topic (MQTT), and the envelope's {@code enterpriseCode} and {@code gatewayCode} being the sender's own (403) —
 * and hands the body on; the feature reads it, refuses what is not the enterprise's (403,
 * {@link IngestRefusedException#forbidden}), rejects malformed bodies ({@code InvalidInputException}, 400) and
 * answers like readings. One bean per kind; each is served at {@code /api/v1/ingest/<kind>} and
 * {@code hazwatch/v1/<enterprise>/<kind>}.
 */
public interface GatewayMessages {

    /** The kind, e.g. {@code video-status}: the HTTP path's and the MQTT topic's last level. */
    String kind();

    /** Takes the body of an authenticated gateway whose envelope is its own; answers once it is committed. */
    IngestReply take(GatewayKey gateway, byte[] body);
}
