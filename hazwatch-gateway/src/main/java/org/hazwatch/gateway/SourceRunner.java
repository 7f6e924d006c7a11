package org.hazwatch.gateway;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one source through a gateway until the source ends — then until everything queued is acknowledged — or
 * until the process is told to stop (Ctrl-C, SIGTERM), when the queue keeps the rest for the next start.
 */
final class SourceRunner {

    private static final Logger log = LoggerFactory.getLogger(SourceRunner.class);
    /** Long enough for any outage a person would wait through; a stop signal ends it sooner. */
    private static final Duration DRAIN_LIMIT = Duration.ofDays(365);

    private SourceRunner() {
    }

    static int run(LinkOptions link, String defaultGatewayCode, PrintWriter out,
                   Function<GatewaySettings, ReadingSource> sources) throws Exception {
        GatewaySettings settings = link.settings(defaultGatewayCode);
        ReadingSource source = sources.apply(settings);
        StopSignal sourceStop = new StopSignal();
        try (Gateway gateway = link.start(settings, out)) {
            Thread hook = new Thread(() -> {
                sourceStop.stop();
                try {
                    gateway.close();
                } catch (Exception e) {
                    log.warn("closing the gateway", e);
                }
            }, "gateway-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("gateway " + settings.gatewayCode() + " of " + settings.enterpriseCode() + " running");
            out.flush();
            gateway.run(source, sourceStop);
            if (!sourceStop.stopped()) {
                out.println("source finished; sending what is queued");
                out.flush();
                gateway.awaitDrained(DRAIN_LIMIT);
            }
            removeHook(hook);
        }
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it closes the gateway
        }
    }
}
