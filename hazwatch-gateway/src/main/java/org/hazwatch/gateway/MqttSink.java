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
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;

/**
 * Publishes batches over MQTT 3.1.1 (SPEC §10): topic {@code hazwatch/v1/<enterprise>/readings}, QoS 1, user =
 * gateway code, password = secret. A batch leaves the queue on the broker's PUBACK; no per-reading counts come
 * back on this path. Connects on first use and again after any failure.
 */
final class MqttSink implements ReadingSink {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Mqtt3AsyncClient client;
    private final String gatewayCode;
    private final byte[] password;
    private final String readingsTopic;
    private final String heartbeatTopic;

    /** @param broker {@code tcp://host:1883} or {@code ssl://host:8883} ({@code mqtt://}, {@code mqtts://} too) */
    MqttSink(URI broker, String enterpriseCode, String gatewayCode, String secret) {
        boolean tls = switch (broker.getScheme()) {
            case "tcp", "mqtt" -> false;
            case "ssl", "mqtts" -> true;
            default -> throw new IllegalArgumentException("an MQTT URL is tcp://, ssl://, mqtt:// or mqtts://, not "
                    + broker);
        };
        int port = broker.getPort() > 0 ? broker.getPort() : tls ? 8883 : 1883;
        Mqtt3ClientBuilder builder = MqttClient.builder().useMqttVersion3().identifier(gatewayCode)
                .serverHost(broker.getHost()).serverPort(port);
        this.client = (tls ? builder.sslWithDefaultConfig() : builder).buildAsync();
        this.gatewayCode = gatewayCode;
        this.password = secret.getBytes(StandardCharsets.UTF_8);
        this.readingsTopic = WireContract.topic(enterpriseCode, WireContract.READINGS);
        this.heartbeatTopic = WireContract.topic(enterpriseCode, WireContract.HEARTBEAT);
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
