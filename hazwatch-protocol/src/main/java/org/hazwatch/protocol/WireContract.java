package org.hazwatch.protocol;

import java.time.Duration;

/** The fixed names and limits of the data-access contract (数据接入规范, SPEC §10). */
public final class WireContract {

    public static final String GATEWAY_CODE_HEADER = "X-Gateway-Code";
    /** Epoch milliseconds as decimal digits; signed together with the body. */
    public static final String TIMESTAMP_HEADER = "X-Timestamp";
    /** Lowercase hex HMAC-SHA256, see {@link RequestSigner}. */
    public static final String SIGNATURE_HEADER = "X-Signature";

    public static final String READINGS = "readings";
    public static final String HEARTBEAT = "heartbeat";
    public static final String VIDEO_STATUS = "video-status";
    public static final String VIDEO_EVENTS = "video-events";

    public static final int MAX_READINGS = 10_000;
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** A signed request older than this is refused, which bounds how long used signatures must be remembered. */
    public static final Duration MAX_REQUEST_AGE = Duration.ofMinutes(5);
    /** SPEC §4: readings further ahead of the platform's clock are rejected. */
    public static final Duration MAX_FUTURE = Duration.ofMinutes(5);

    private WireContract() {
    }

    /** The HTTP path of a message kind, e.g. {@code /api/v1/ingest/readings}. */
    public static String ingestPath(String kind) {
        return "/api/v1/ingest/" + kind;
    }

    /** The MQTT topic of a message kind, e.g. {@code hazwatch/v1/14052500001/readings}. */
    public static String topic(String enterpriseCode, String kind) {
        return "hazwatch/v1/" + enterpriseCode + "/" + kind;
    }
}
