package org.hazwatch.gateway;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3SubAckException;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.hazwatch.protocol.GatewayOrder;
import org.hazwatch.protocol.HeartbeatReply;
import org.hazwatch.protocol.LiveVideo;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's orders over MQTT (SPEC §11): subscribes to {@code hazwatch/v1/<enterprise>/commands} at QoS 1 with
 * the gateway's code and secret, and hands each message's orders ({@code {"orders":[…]}}, as in a heartbeat's reply)
 * to the gateway at once. Connects in the background, again after every loss (1 s doubling to 30 s), and subscribes
 * anew on each connection (clean session: the broker keeps nothing for it). Best effort: what is missed here comes in
 * the next heartbeat's reply, which stays the fallback.
 */
final class MqttOrders implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MqttOrders.class);

    private final Mqtt3AsyncClient client;
    private final String topic;
    private final Consumer<List<GatewayOrder>> orders;
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private final AtomicBoolean refusalLogged = new AtomicBoolean();

    /**
     * @param identifier the MQTT client identifier: distinct from any other connection of the same gateway (a broker
     *                   drops the older of two connections with one identifier)
     */
    MqttOrders(URI broker, String enterpriseCode, String identifier, String gatewayCode, String secret,
               Consumer<List<GatewayOrder>> orders) {
        this.topic = WireContract.topic(enterpriseCode, LiveVideo.COMMANDS);
        this.orders = orders;
        this.client = MqttSink.clientFor(broker, identifier)
                .simpleAuth().username(gatewayCode).password(secret.getBytes(StandardCharsets.UTF_8))
                .applySimpleAuth()
                .automaticReconnect().initialDelay(1, TimeUnit.SECONDS).maxDelay(30, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                .addConnectedListener(connected -> subscribe())
                .addDisconnectedListener(disconnected -> subscribed.set(false))
                .buildAsync();
        client.publishes(MqttGlobalPublishFilter.SUBSCRIBED, this::take);
    }

    /** Connects in the background; orders flow once subscribed. */
    MqttOrders start() {
        client.connectWith().cleanSession(true).keepAlive(30).send().whenComplete((ack, error) -> {
            if (error != null) {
                log.info("MQTT orders: not connected yet ({}); trying again, heartbeats carry the orders meanwhile",
                        error.getMessage());
            }
        });
        return this;
    }

    /** Whether the broker granted the commands topic on the current connection. */
    boolean subscribed() {
        return subscribed.get();
    }

    private void subscribe() {
        client.subscribeWith().topicFilter(topic).qos(MqttQos.AT_LEAST_ONCE).send().whenComplete((ack, error) -> {
            if (error == null) {
                subscribed.set(true);
                log.info("MQTT orders: subscribed to {}", topic);
            } else if (error instanceof Mqtt3SubAckException && !refusalLogged.getAndSet(true)) {
                log.warn("MQTT orders: the broker refused {} (its ACL must let the gateway read it, docs/MQTT.md); "
                        + "orders come in heartbeat replies only", topic);
            } else if (!(error instanceof Mqtt3SubAckException)) {
                log.debug("MQTT orders: subscription to {} failed: {}", topic, error.getMessage());
            }
        });
    }

    private void take(Mqtt3Publish publish) {
        try {
            HeartbeatReply reply = WireJson.decode(publish.getPayloadAsBytes(), HeartbeatReply.class);
            orders.accept(reply.orders());
        } catch (RuntimeException e) {
            log.warn("MQTT orders: a message on {} that is no order: {}", publish.getTopic(), e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            client.disconnect().get();
        } catch (Exception notConnected) {
            // a client never connected or already gone: nothing to close
            if (notConnected instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
