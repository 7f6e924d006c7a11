package org.hazwatch.platform.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.TcpPorts;
import org.hazwatch.protocol.WireContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The embedded MQTT broker (Moquette) of the default run: gateways log in with their code and secret
 * ({@link GatewayBrokerAccess}); queued messages are kept under {@code <data-dir>/mqtt}, so readings a gateway
 * handed over survive a restart of the platform. When the port is taken by another program, the demo moves to a
 * free port and says so; {@code serve} refuses to start, naming the ways out (DECISIONS.md, MQTT).
 */
class EmbeddedBroker implements SmartLifecycle {

    /** MQTT fixed and variable headers on top of the largest body SPEC §10 allows. */
    static final int MAX_MESSAGE_BYTES = WireContract.MAX_BODY_BYTES + 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final MqttSettings settings;
    private final HazwatchProperties hazwatch;
    private final GatewayBrokerAccess access;
    private final BrokerAccount account;
    private final Counter refused;
    private final Counter loginsRefused;
    private final OncePerMinute logGate;
    private ExecutorService closer;
    private Server server;
    private int port;
    private Path dataPath;

    EmbeddedBroker(MqttSettings settings, HazwatchProperties hazwatch, GatewayDirectory gateways,
                   MeterRegistry meters, Clock clock) {
        this.settings = settings;
        this.hazwatch = hazwatch;
        this.account = BrokerAccount.internal(settings.clientId());
        this.access = new GatewayBrokerAccess(gateways, account, this::publishRefused);
        this.refused = Counter.builder("hazwatch.mqtt.refused")
                .description("publishes the embedded broker refused (another enterprise's topic); "
                        + "the publisher's connection was closed")
                .register(meters);
        // metrics (issue 20): connections and refused logins, beside the refused publishes above
        this.loginsRefused = Counter.builder("hazwatch.mqtt.logins.refused")
                .description("connections the embedded broker refused: unknown user or wrong secret")
                .register(meters);
        Gauge.builder("hazwatch.mqtt.connections", this, EmbeddedBroker::connections)
                .description("clients connected to the embedded broker, the platform's own subscriber included")
                .register(meters);
        this.logGate = new OncePerMinute(clock);
    }

    /**
     * A refused publish (another enterprise's topic): counted, logged once per gateway and minute, and the
     * publisher's connection closed (MQTT-3.3.5-2) rather than left waiting for a PUBACK that never comes. The
     * close runs off the broker's session loop, which is the thread asking.
     */
    private void publishRefused(String user, String clientId, String topic) {
        refused.increment();
        if (logGate.due(String.valueOf(user))) {
            log.warn("MQTT: {} may not publish on {}: message dropped, connection closed "
                    + "(counted in hazwatch.mqtt.refused; logged once a minute per gateway)",
                    printable(user), printable(topic));
        }
        ExecutorService executor;
        Server running;
        synchronized (this) {
            executor = closer;
            running = server;
        }
        if (executor != null && running != null && clientId != null) {
            executor.execute(() -> running.disconnectClient(clientId));
        }
    }

    private synchronized int connections() {
        return server == null ? 0 : server.listConnectedClients().size();
    }

    private boolean login(String clientId, String username, byte[] password) {
        boolean valid = access.checkValid(clientId, username, password);
        if (!valid) {
            loginsRefused.increment();
        }
        return valid;
    }

    BrokerAccount account() {
        return account;
    }

    /** The port it listens on, once started. */
    int port() {
        return port;
    }

    @Override
    public synchronized void start() {
        port = chosenPort();
        dataPath = dataPath();
        Properties config = new Properties();
        config.setProperty(IConfig.HOST_PROPERTY_NAME, settings.host());
        config.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
        config.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "false");
        config.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "true");
        config.setProperty(IConfig.DATA_PATH_PROPERTY_NAME, dataPath.toString() + "/");
        // MQTT 3.1.1 §3.1.3.1: a client may leave its identifier to the broker with a clean session (mosquitto_pub does)
        config.setProperty(BrokerConstants.ALLOW_ZERO_BYTE_CLIENT_ID_PROPERTY_NAME, "true");
        config.setProperty(IConfig.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(MAX_MESSAGE_BYTES));
        // Moquette reports usage to its authors unless told not to; a regulator's platform sends nothing out
        config.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        closer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "mqtt-refusals");
            thread.setDaemon(true);
            return thread;
        });
        server = new Server();
        try {
            server.startServer(new MemoryConfig(config), List.of(), null, this::login, access);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded MQTT broker did not start", e);
        }
        log.info("embedded MQTT broker listening on {}:{}", settings.host(), port);
    }

    /** A port taken here rather than Moquette's port 0, whose bound port it reports only some time after binding. */
    private int chosenPort() {
        if (settings.port() == 0) {
            return TcpPorts.anyFree();
        }
        if (TcpPorts.isFree(settings.host(), settings.port())) {
            return settings.port();
        }
        if (hazwatch.demo()) {
            int free = TcpPorts.anyFree();
            System.out.printf("MQTT 端口 %d 已被占用，演示改用端口 %d / MQTT port %d is busy, the demo uses port %d%n",
                    settings.port(), free, settings.port(), free);
            return free;
        }
        String message = String.format("MQTT 端口 %d 已被其他程序占用 / MQTT port %d is already in use (another broker?). "
                + "Start with --hazwatch.mqtt.port=<free port>, or --hazwatch.mqtt.url=tcp://<host>:<port> to use "
                + "that broker (docs/MQTT.md), or --hazwatch.mqtt.enabled=false for HTTP ingest only",
                settings.port(), settings.port());
        System.err.println(message);
        throw new IllegalStateException(message);
    }

    /** A name a client chose, as one log line (control characters shown as {@code ?}, CWE-117). */
    private static String printable(String text) {
        return text == null ? null : text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .limit(200).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private Path dataPath() {
        try {
            if (hazwatch.database().ephemeral()) {
                return Files.createTempDirectory("hazwatch-mqtt");
            }
            return Files.createDirectories(hazwatch.dataDir().resolve("mqtt")).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the MQTT broker's data folder", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
        if (closer != null) {
            closer.shutdownNow();
            closer = null;
        }
        if (hazwatch.database().ephemeral() && dataPath != null) {
            deleteTree(dataPath);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("could not remove {}: {}", root, e.getMessage());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Starts before the platform's MQTT client and stops after it; both after the reading writer starts. */
    @Override
    public int getPhase() {
        return MqttIngest.PHASE - 512;
    }
}
