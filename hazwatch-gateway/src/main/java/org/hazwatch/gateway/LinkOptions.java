package org.hazwatch.gateway;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.hazwatch.protocol.GatewayCode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every sending subcommand shares: where the platform is, who the gateway is, where its queue lives,
 * how it sends. Any of them can come from an argument file ({@code hazwatch-gateway synthetic @gateway.args}).
 */
final class LinkOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Target target;

    @Option(names = "--gateway-code", paramLabel = "CODE", description = "the gateway's 13-digit code")
    private String gatewayCode;

    @Option(names = "--enterprise-code", paramLabel = "CODE",
            description = "the enterprise's 11-digit code (default: the gateway code's first 11 digits)")
    private String enterpriseCode;

    @Option(names = "--secret", defaultValue = "${env:HAZWATCH_GATEWAY_SECRET}",
            description = "the gateway's secret, shown once when it was registered (default: $HAZWATCH_GATEWAY_SECRET)")
    private String secret;

    @Option(names = "--queue-dir", defaultValue = "gateway-queue", paramLabel = "DIR",
            description = "where unacknowledged readings are kept across restarts (default: ${DEFAULT-VALUE})")
    private Path queueDir;

    @Option(names = "--batch-size", defaultValue = "500",
            description = "readings per batch at most, 1..10000 (default: ${DEFAULT-VALUE})")
    private int batchSize;

    @Option(names = "--retry-first", defaultValue = "1s", converter = DurationConverter.class,
            description = "pause after the first failed send; doubles per failure (default: ${DEFAULT-VALUE})")
    private Duration retryFirst;

    @Option(names = "--retry-max", defaultValue = "60s", converter = DurationConverter.class,
            description = "longest pause between attempts (default: ${DEFAULT-VALUE})")
    private Duration retryMax;

    @Option(names = "--heartbeat", defaultValue = "30s", converter = DurationConverter.class,
            description = "heartbeat period (default: ${DEFAULT-VALUE})")
    private Duration heartbeat;

    @Option(names = "--progress", defaultValue = "5s", converter = DurationConverter.class,
            description = "progress line period, 0s for none (default: ${DEFAULT-VALUE})")
    private Duration progress;

    /** Where batches go: the platform over HTTP, or an MQTT broker. */
    static final class Target {
        @Option(names = "--platform", paramLabel = "URL", required = true,
                description = "the platform's base URL, e.g. http://localhost:8080")
        URI platform;

        @Option(names = "--mqtt", paramLabel = "URL", required = true,
                description = "the MQTT broker, e.g. tcp://broker:1883 (QoS 1, user = gateway code, password = secret)")
        URI mqtt;
    }

    /** The settings, the gateway code defaulting to {@code defaultGatewayCode} (null: required). */
    GatewaySettings settings(String defaultGatewayCode) {
        String gateway = gatewayCode != null ? gatewayCode : defaultGatewayCode;
        if (gateway == null) {
            throw usage("--gateway-code is required");
        }
        try {
            String enterprise = enterpriseCode != null ? enterpriseCode : GatewayCode.of(gateway).enterprise().code();
            return new GatewaySettings(enterprise, gateway, batchSize, new Backoff(retryFirst, retryMax), heartbeat,
                    progress);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** Opens the queue and the sink and starts a gateway on them. */
    Gateway start(GatewaySettings settings, PrintWriter out) throws IOException {
        if (target == null) {
            throw usage("name the platform: --platform URL or --mqtt URL");
        }
        if (secret == null || secret.isEmpty()) {
            throw usage("a gateway secret is required: --secret or $HAZWATCH_GATEWAY_SECRET");
        }
        ReadingSink sink = target.platform != null
                ? new HttpSink(target.platform, settings.gatewayCode(), secret, Clock.systemUTC())
                : new MqttSink(target.mqtt, settings.enterpriseCode(), settings.gatewayCode(), secret);
        ReadingQueue queue = ReadingQueue.open(queueDir);
        return new Gateway(settings, queue, sink, new DeadLetters(queueDir), out, Clock.systemUTC()).start();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
