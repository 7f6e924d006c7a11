package org.hazwatch.platform.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hazwatch.platform.ingest.rules.IngestTopic;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.LogSafe;
import org.hazwatch.platform.support.TcpPorts;
import org.hazwatch.protocol.WireContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The embedded MQTT broker of the default run, the platform's own (Netty's MQTT codec): gateways log in with their
 * code and secret ({@link GatewayBrokerAccess}) and publish under their enterprise's topics; each connection is a
 * {@link GatewayConnection}, which takes a message into the reading log and only then acknowledges it (PUBACK).
 * Nothing is queued at the broker, so nothing it acknowledged can be lost with it at a kill -9: what it did not
 * acknowledge the gateway still holds and sends again (issue 19; Moquette 0.17, used before, acknowledged a
 * message once queued in memory and lost 40 of 320 at a kill -9). When the port is taken by another program, the
 * demo moves to a free port and says so; {@code serve} refuses to start, naming the ways out (DECISIONS.md, MQTT).
 * A gateway may subscribe to its own enterprise's {@code commands} topic, where {@link #order} delivers the
 * platform's orders at once (SPEC §11; the heartbeat's reply carries them too).
 */
class EmbeddedBroker implements SmartLifecycle, MqttEndpoint {

    /** MQTT fixed and variable headers on top of the largest body SPEC §10 allows. */
    static final int MAX_MESSAGE_BYTES = WireContract.MAX_BODY_BYTES + 64 * 1024;
    /** The name of a connection's keep-alive watch in its pipeline: until CONNECT, {@link #CONNECT_TIMEOUT}. */
    static final String IDLE = "idle";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_CLIENT_ID_LENGTH = 256;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final MqttSettings settings;
    private final HazwatchProperties hazwatch;
    private final GatewayBrokerAccess access;
    private final MqttMessages messages;
    private final Duration drainTimeout;
    private final Counter refused;
    private final Counter uncommitted;
    private final Counter loginsRefused;
    private final OncePerMinute logGate;
    private final ConcurrentMap<String, Channel> clients = new ConcurrentHashMap<>();
    /** The connections subscribed to each enterprise's commands topic. */
    private final ConcurrentMap<String, Set<GatewayConnection>> commandReaders = new ConcurrentHashMap<>();
    private final Counter ordersSent;
    private final Counter subscriptionsRefused;
    private EventLoopGroup acceptors;
    private EventLoopGroup connections;
    private ChannelGroup channels;
    private ExecutorService takers;
    private Channel listener;
    private int port;

    EmbeddedBroker(MqttSettings settings, HazwatchProperties hazwatch, GatewayDirectory gateways,
                   MqttMessages messages, Duration drainTimeout, MeterRegistry meters, Clock clock) {
        this.settings = settings;
        this.hazwatch = hazwatch;
        this.access = new GatewayBrokerAccess(gateways);
        this.messages = messages;
        this.drainTimeout = drainTimeout;
        this.refused = Counter.builder("hazwatch.mqtt.refused")
                .description("publishes the embedded broker refused (another enterprise's topic); "
                        + "the publisher's connection was closed")
                .register(meters);
        // metrics (issue 20): connections and refused logins, beside the refused publishes above
        this.loginsRefused = Counter.builder("hazwatch.mqtt.logins.refused")
                .description("connections the embedded broker refused: unknown user or wrong secret")
                .register(meters);
        Gauge.builder("hazwatch.mqtt.connections", clients, java.util.Map::size)
                .description("gateways connected to the embedded broker")
                .register(meters);
        this.uncommitted = Counter.builder("hazwatch.mqtt.uncommitted")
                .description("QoS 1 publishes whose readings could not be committed (database down or refusing "
                        + "writes): not acknowledged, the connection closed, the gateway sends them again")
                .register(meters);
        this.logGate = new OncePerMinute(clock);
        this.ordersSent = Counter.builder("hazwatch.mqtt.orders")
                .description("orders sent to gateways on their commands topic (one per subscribed connection)")
                .register(meters);
        this.subscriptionsRefused = Counter.builder("hazwatch.mqtt.subscriptions.refused")
                .description("topic filters refused (0x80): anything but the gateway's own commands topic")
                .register(meters);
    }

    GatewayBrokerAccess access() {
        return access;
    }

    MqttMessages messages() {
        return messages;
    }

    /**
     * A refused publish (another enterprise's topic): counted and logged once per gateway and minute; the
     * connection closes it (MQTT-3.3.5-2) rather than leave the publisher waiting for a PUBACK that never comes.
     */
    void publishRefused(String user, String topic) {
        refused.increment();
        if (logGate.due(String.valueOf(user))) {
            log.warn("MQTT: {} may not publish on {}: message dropped, connection closed "
                    + "(counted in hazwatch.mqtt.refused; logged once a minute per gateway)",
                    LogSafe.of(user), LogSafe.of(topic));
        }
    }

    /** The connection reads its enterprise's commands from now on. */
    void subscribed(String enterpriseCode, GatewayConnection connection) {
        commandReaders.computeIfAbsent(enterpriseCode, e -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    /** The connection no longer reads its enterprise's commands (unsubscribed or gone). */
    void unsubscribed(String enterpriseCode, GatewayConnection connection) {
        commandReaders.computeIfPresent(enterpriseCode, (e, readers) -> {
            readers.remove(connection);
            return readers.isEmpty() ? null : readers;
        });
    }

    /** A topic filter refused: counted, logged once per gateway and minute. */
    void subscriptionRefused(String user, String filter) {
        subscriptionsRefused.increment();
        if (logGate.due("subscribe " + user)) {
            log.warn("MQTT: {} may not subscribe to {} (only its own enterprise's commands topic): refused (0x80; "
                    + "counted in hazwatch.mqtt.subscriptions.refused; logged once a minute per gateway)",
                    LogSafe.of(user), LogSafe.of(filter));
        }
    }

    /** A connection refused for an unknown user or a wrong secret: counted. */
    void loginRefused() {
        loginsRefused.increment();
    }

    /** A message whose commit failed: not acknowledged, the connection closed; counted, logged once a minute. */
    void notCommitted(String user, String topic) {
        uncommitted.increment();
        if (logGate.due("uncommitted " + user)) {
            log.warn("MQTT message of {} on {} not committed (database unavailable?): not acknowledged, connection "
                    + "closed; the gateway sends it again (counted in hazwatch.mqtt.uncommitted; logged once a "
                    + "minute per gateway)", LogSafe.of(user), LogSafe.of(topic));
        }
    }

    /** MQTT-3.1.4-2: a client connecting with the identifier of one still connected takes its place. */
    void connected(String clientId, Channel channel) {
        Channel before = clients.put(clientId, channel);
        if (before != null && before != channel) {
            before.close();
        }
    }

    void disconnected(String clientId, Channel channel) {
        clients.remove(clientId, channel);
    }

    /** The port it listens on, once started. */
    int port() {
        return port;
    }

    @Override
    public URI brokerUrl() {
        return URI.create("tcp://localhost:" + port);
    }

    @Override
    public boolean embedded() {
        return true;
    }

    /**
     * Delivers the order on {@code hazwatch/v1/<enterprise>/commands} to every connection of the enterprise's
     * gateways subscribed to it (QoS 1), at once; a gateway not subscribed gets it in its next heartbeat's reply.
     */
    @Override
    public void order(String enterpriseCode, byte[] body) {
        Set<GatewayConnection> readers = commandReaders.getOrDefault(enterpriseCode, Set.of());
        if (readers.isEmpty()) {
            log.debug("order for {}: no gateway subscribed; it travels in the next heartbeat reply",
                    LogSafe.of(enterpriseCode));
            return;
        }
        String topic = IngestTopic.commands(enterpriseCode);
        for (GatewayConnection reader : readers) {
            reader.deliver(topic, body);
            ordersSent.increment();
        }
    }

    @Override
    public synchronized void start() {
        port = chosenPort();
        AtomicInteger count = new AtomicInteger();
        // messages arriving after stop are dropped unacknowledged: the gateway sends them again
        takers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), task -> new Thread(task, "mqtt-ingest-" + count.incrementAndGet()),
                new ThreadPoolExecutor.DiscardPolicy());
        acceptors = new NioEventLoopGroup(1);
        connections = new NioEventLoopGroup(2);
        channels = new DefaultChannelGroup("mqtt-gateways", GlobalEventExecutor.INSTANCE);
        ServerBootstrap bootstrap = new ServerBootstrap().group(acceptors, connections)
                .channel(NioServerSocketChannel.class)
                // binds past the TIME_WAIT connections a killed or stopped platform left (restart at once)
                .option(ChannelOption.SO_REUSEADDR, true)
                .option(ChannelOption.SO_BACKLOG, 128)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channels.add(channel);
                        channel.pipeline()
                                .addLast(IDLE, new IdleStateHandler((int) CONNECT_TIMEOUT.toSeconds(), 0, 0))
                                .addLast("decoder", new MqttDecoder(MAX_MESSAGE_BYTES, MAX_CLIENT_ID_LENGTH))
                                .addLast("encoder", MqttEncoder.INSTANCE)
                                .addLast("gateway", new GatewayConnection(EmbeddedBroker.this, takers));
                    }
                });
        try {
            listener = bootstrap.bind(settings.host(), port).sync().channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the embedded MQTT broker started", e);
        } catch (Exception e) { // Netty rethrows the bind's BindException unchecked
            stop();
            throw new IllegalStateException("the embedded MQTT broker did not start on port " + port, e);
        }
        log.info("embedded MQTT broker listening on {}:{}", settings.host(), port);
    }

    /** The port to listen on, chosen before binding (port 0 takes a free one here, so {@link #port()} is known). */
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

    /**
     * Stops accepting, closes every connection (a message being taken is committed but not acknowledged: the
     * gateway sends it again and the reading log stores it once), then lets the takers finish.
     */
    @Override
    public synchronized void stop() {
        if (listener != null) {
            listener.close().syncUninterruptibly();
            listener = null;
        }
        if (channels != null) {
            channels.close().awaitUninterruptibly(CONNECT_TIMEOUT.toMillis());
            channels = null;
        }
        if (takers != null) {
            takers.shutdown();
            try {
                takers.awaitTermination(drainTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            takers.shutdownNow();
            takers = null;
        }
        for (EventLoopGroup group : new EventLoopGroup[] {acceptors, connections}) {
            if (group != null) {
                group.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly(10_000);
            }
        }
        acceptors = null;
        connections = null;
        clients.clear();
        commandReaders.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return listener != null;
    }

    /** Starts after the reading writer and stops before it, with MQTT ingest's phase. */
    @Override
    public int getPhase() {
        return MqttIngest.PHASE;
    }
}
