package org.hazwatch.platform.support;

import org.slf4j.MDC;

/**
 * What a log line was written for (issue 20): the request or message, and the gateway and enterprise it came
 * from, in Logback's MDC, so structured logs ({@code --logging.structured.format.console=ecs} or {@code logstash})
 * carry them as fields of every line. HTTP requests get them from {@link RequestIds}; the MQTT ingest sets them per
 * message. Whoever sets them clears them when the request or message is done, since threads are pooled.
 */
public final class LogContext {

    /** The request's id ({@code X-Request-Id}, or one made up), or the MQTT message's. */
    public static final String REQUEST = "requestId";
    public static final String GATEWAY = "gatewayCode";
    public static final String ENTERPRISE = "enterpriseCode";

    private LogContext() {
    }

    public static void request(String requestId) {
        MDC.put(REQUEST, requestId);
    }

    /** The authenticated gateway and its enterprise; a value from outside, so made log-safe. */
    public static void gateway(String gatewayCode, String enterpriseCode) {
        MDC.put(GATEWAY, LogSafe.of(gatewayCode));
        MDC.put(ENTERPRISE, LogSafe.of(enterpriseCode));
    }

    public static void enterprise(String enterpriseCode) {
        MDC.put(ENTERPRISE, LogSafe.of(enterpriseCode));
    }

    public static void clear() {
        MDC.remove(REQUEST);
        MDC.remove(GATEWAY);
        MDC.remove(ENTERPRISE);
    }
}
