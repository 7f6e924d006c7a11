package org.hazwatch.gateway;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import org.hazwatch.protocol.GatewayOrder;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.HeartbeatReply;
import org.hazwatch.protocol.LiveVideo;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes batches over MQTT 3.1.1 (SPEC §10): topic {@code hazwatch/v1/<enterprise>/readings}, QoS 1, user =
 * gateway code, password = secret. A batch leaves the queue on the broker's PUBACK; no per-reading counts come
 * back on this path. Connects on first use and again after any failure. On each connection it also subscribes to its
 * enterprise's orders ({@code hazwatch/v1/<enterprise>/commands}, SPEC §11) and logs them: a readings gateway streams
 * no video, {@code hazwatch-gateway video} does (with {@code --mqtt} it takes the same orders at once).
 */
final class MqttSink implements ReadingSink {

    private static final Logger log = LoggerFactory.getLogger(MqttSink.class);

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Mqtt3AsyncClient client;
    private final String gatewayCode;
    private final byte[] password;
    private final String readingsTopic;
    private final String heartbeatTopic;
    private final String commandsTopic;

    /** @param broker {@code tcp://host:1883} or {@code ssl://host:8883} ({@code mqtt://}, {@code mqtts://} too) */
    MqttSink(URI broker, String enterpriseCode, String gatewayCode, String secret) {
        this.client = clientFor(broker, gatewayCode).buildAsync();
        this.gatewayCode = gatewayCode;
        this.password = secret.getBytes(StandardCharsets.UTF_8);
        this.readingsTopic = WireContract.topic(enterpriseCode, WireContract.READINGS);
        this.heartbeatTopic = WireContract.topic(enterpriseCode, WireContract.HEARTBEAT);
        this.commandsTopic = WireContract.topic(enterpriseCode, LiveVideo.COMMANDS);
    }

    /** A client of the broker at the URL, {@code tcp://}/{@code mqtt://} in clear or {@code ssl://}/{@code mqtts://}. */
    static Mqtt3ClientBuilder clientFor(URI broker, String identifier) {
        boolean tls = switch (String.valueOf(broker.getScheme())) {
            case "tcp", "mqtt" -> false;
            case "ssl", "mqtts" -> true;
            default -> throw new IllegalArgumentException("an MQTT URL is tcp://, ssl://, mqtt:// or mqtts://, not "
                    + broker);
        };
        int port = broker.getPort() > 0 ? broker.getPort() : tls ? 8883 : 1883;
        Mqtt3ClientBuilder builder = MqttClient.builder().useMqttVersion3().identifier(identifier)
                .serverHost(broker.getHost()).serverPort(port);
        return tls ? builder.sslWithDefaultConfig() : builder;
    }

    @Override
    public Delivery send(ReadingBatch batch) throws SinkUnavailableException {
        publish(readingsTopic, WireJson.encode(batch));
        return new Delivery.Published();
    }

    @Override
    public void heartbeat(Heartbeat heartbeat) throws SinkUnavailableException {
        publish(heartbeatTopic, WireJson.encode(heartbeat));
    }

    @Override
    public synchronized void close() {
        if (client.getState().isConnected()) {
            await(client.disconnect());
        }
    }

    private synchronized void publish(String topic, byte[] payload) throws SinkUnavailableException {
        try {
            if (!client.getState().isConnected()) {
                client.connectWith().cleanSession(true)
                        .simpleAuth().username(gatewayCode).password(password).applySimpleAuth()
                        .send().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                subscribeToOrders();
            }
            client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload)
                    .send().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            disconnectQuietly();
            throw new SinkUnavailableException("MQTT: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            disconnectQuietly();
            throw new SinkUnavailableException("MQTT: no acknowledgement within " + TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkUnavailableException("interrupted", e);
        }
    }

    /** Best effort, not awaited: a broker whose ACL refuses the topic leaves the readings path as it was. */
    private void subscribeToOrders() {
        client.subscribeWith().topicFilter(commandsTopic).qos(MqttQos.AT_LEAST_ONCE).callback(this::order).send()
                .whenComplete((ack, error) -> {
                    if (error != null) {
                        log.debug("MQTT: not subscribed to {}: {}", commandsTopic, error.getMessage());
                    }
                });
    }

    private void order(Mqtt3Publish publish) {
        try {
            for (GatewayOrder order : WireJson.decode(publish.getPayloadAsBytes(), HeartbeatReply.class).orders()) {
                log.info("the platform orders {} of camera {}: this gateway sends readings; cameras are streamed by "
                        + "`hazwatch-gateway video`", order.action(), order.camera());
            }
        } catch (RuntimeException e) {
            log.warn("MQTT: a message on {} that is no order: {}", commandsTopic, e.getMessage());
        }
    }

    private void disconnectQuietly() {
        if (client.getState().isConnected()) {
            client.disconnect();
        }
    }

    private static void await(CompletableFuture<?> future) {
        try {
            future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Closing anyway: the broker drops the connection when it notices.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
