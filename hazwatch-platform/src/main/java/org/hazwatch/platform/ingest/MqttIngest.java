package org.hazwatch.platform.ingest;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscribe;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscription;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hazwatch.platform.ingest.rules.IngestTopic;
import org.hazwatch.platform.support.LogSafe;
import org.hazwatch.protocol.LiveVideo;
import org.hazwatch.protocol.WireContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The platform's MQTT client at an external broker ({@code hazwatch.mqtt.url}, e.g. Mosquitto; HiveMQ client,
 * MQTT 3.1.1) reading every enterprise's readings and heartbeats at QoS 1. (The embedded broker takes messages
 * itself: {@link EmbeddedBroker}.)
 * Its session is persistent (clean session off, a fixed client id), so what gateways publish while the platform
 * is down waits at the broker. A message is acknowledged only after {@link MqttMessages} is done with it — for
 * readings, after they are committed — so a crash before that makes the broker deliver it again, and the reading
 * log stores it once. A commit that fails is tried again, never acknowledged unwritten.
 */
class MqttIngest implements SmartLifecycle, MqttEndpoint {

    /** After the reading writer starts and before the web server; stops in the reverse order. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 3072;

    private static final Logger log = LoggerFactory.getLogger(MqttIngest.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);

    private final MqttSettings settings;
    private final MqttMessages messages;
    private final Duration drainTimeout;
    private volatile boolean running;
    private ExecutorService workers;
    private Mqtt3AsyncClient client;

    MqttIngest(MqttSettings settings, MqttMessages messages, Duration drainTimeout) {
        this.settings = settings;
        this.messages = messages;
        this.drainTimeout = drainTimeout;
    }

    @Override
    public URI brokerUrl() {
        return settings.url();
    }

    @Override
    public boolean embedded() {
        return false;
    }

    @Override
    public void order(String enterpriseCode, byte[] body) {
        Mqtt3AsyncClient current = client;
        if (current != null && running) {
            current.publishWith().topic(WireContract.topic(enterpriseCode, LiveVideo.COMMANDS))
                    .qos(MqttQos.AT_LEAST_ONCE).payload(body).send()
                    .whenComplete((ack, error) -> {
                        if (error != null) {
                            log.debug("order for {} not published: {}", enterpriseCode, error.getMessage());
                        }
                    });
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        workers = workers(settings.workers());
        client = client();
        // registered before connecting, so messages the broker kept for this session are not missed
        client.publishes(MqttGlobalPublishFilter.SUBSCRIBED, publish -> workers.execute(() -> handle(publish)), true);
        List<Mqtt3Subscription> subscriptions = new java.util.ArrayList<>(List.of(
                subscription(WireContract.READINGS), subscription(WireContract.HEARTBEAT)));
        messages.otherKinds().stream().sorted().forEach(kind -> subscriptions.add(subscription(kind)));
        client.subscribe(Mqtt3Subscribe.builder().addSubscriptions(subscriptions).build())
                .whenComplete((ack, error) -> {
                    if (error != null) {
                        log.error("the MQTT broker {} refused the platform's subscription: {}", brokerUrl(),
                                error.getMessage());
                    }
                });
        try {
            client.connectWith().cleanSession(false).keepAlive(30).send()
                    .get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the client keeps trying (automatic reconnect); gateways' messages wait at the broker meanwhile
            log.error("cannot connect to the MQTT broker {} as {}: {}; trying again", settings.url(),
                    account().username(), e.getMessage());
        }
    }

    private Mqtt3AsyncClient client() {
        BrokerAccount account = account();
        URI url = brokerUrl();
        boolean tls = "ssl".equals(url.getScheme()) || "mqtts".equals(url.getScheme());
        Mqtt3ClientBuilder builder = MqttClient.builder().useMqttVersion3().identifier(settings.clientId())
                .serverHost(url.getHost()).serverPort(url.getPort() > 0 ? url.getPort() : tls ? 8883 : 1883)
                .simpleAuth().username(account.username())
                .password(account.password().getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                .automaticReconnect().initialDelay(1, TimeUnit.SECONDS).maxDelay(30, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                .addConnectedListener(context -> log.info("MQTT ingest connected to {}", url))
                .addDisconnectedListener(context -> {
                    if (running) {
                        log.warn("MQTT ingest lost {}: {}", url, context.getCause().getMessage());
                    }
                });
        return (tls ? builder.sslWithDefaultConfig() : builder).buildAsync();
    }

    private BrokerAccount account() {
        if (settings.username() == null || settings.password() == null) {
            throw new IllegalStateException("hazwatch.mqtt.url is set: hazwatch.mqtt.username and "
                    + "hazwatch.mqtt.password must name the platform's account at that broker (docs/MQTT.md)");
        }
        return new BrokerAccount(settings.username(), settings.password());
    }

    private static Mqtt3Subscription subscription(String kind) {
        return Mqtt3Subscription.builder().topicFilter(IngestTopic.everyEnterprise(kind)).qos(MqttQos.AT_LEAST_ONCE)
                .build();
    }

    private void handle(Mqtt3Publish publish) {
        String topic = publish.getTopic().toString();
        byte[] payload = publish.getPayloadAsBytes();
        Duration delay = Duration.ofSeconds(1);
        while (running) {
            try {
                messages.take(topic, payload);
                publish.acknowledge();
                return;
            } catch (IngestRefusedException uncommitted) {
                log.warn("MQTT message on {} not committed, trying again in {} s", LogSafe.of(topic), delay.toSeconds());
                if (!pause(delay)) {
                    return;
                }
                delay = delay.multipliedBy(2).compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay.multipliedBy(2);
            }
        }
    }

    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Messages arriving after stop are dropped unacknowledged: the broker delivers them again after a restart. */
    private static ExecutorService workers(int threads) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                task -> new Thread(task, "mqtt-ingest-" + count.incrementAndGet()),
                new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Lets the messages being taken finish and be acknowledged, then disconnects. */
    @Override
    public synchronized void stop() {
        workers.shutdown();
        try {
            workers.awaitTermination(drainTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
        workers.shutdownNow();
        try {
            client.disconnect().get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("MQTT ingest was not connected at stop: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
