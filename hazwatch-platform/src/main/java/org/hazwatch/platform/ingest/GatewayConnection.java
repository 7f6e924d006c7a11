package org.hazwatch.platform.ingest;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.codec.mqtt.MqttSubAckPayload;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttTopicSubscription;
import io.netty.handler.codec.mqtt.MqttUnsubscribeMessage;
import io.netty.handler.codec.mqtt.MqttVersion;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.hazwatch.platform.ingest.rules.IngestTopic;
import org.hazwatch.platform.support.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One gateway's connection to the embedded broker (MQTT 3.1.1, the part SPEC §10 uses): CONNECT with the gateway's
 * code and secret, PUBLISH at QoS 0 or 1 under its own enterprise's topics, SUBSCRIBE to its own enterprise's orders
 * ({@code hazwatch/v1/<enterprise>/commands}, delivered at QoS 1, SPEC §11; any other filter 0x80), PINGREQ,
 * DISCONNECT. A QoS 1 publish is
 * taken into the reading log ({@link MqttMessages}, the same checks as HTTP) and its PUBACK written only once that
 * is committed, so nothing acknowledged to a gateway is lost when the platform dies (issue 19). PUBACKs go out in
 * the order the publishes came (MQTT 3.1.1 §4.6): the messages of one connection are taken one after another.
 * A commit that fails closes the connection unacknowledged: the gateway keeps the batch and sends it again.
 */
final class GatewayConnection extends ChannelInboundHandlerAdapter {

    /** Publishes waiting on one connection before it stops reading from the socket (back pressure). */
    private static final int MAX_PENDING = 8;
    /** Orders sent at QoS 1 and not yet acknowledged beyond which further ones are dropped (heartbeats carry them). */
    private static final int MAX_ORDERS_IN_FLIGHT = 32;

    private static final Logger log = LoggerFactory.getLogger(GatewayConnection.class);

    private final EmbeddedBroker broker;
    private final Executor takers;
    private String user;
    private String clientId;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    private int pending;
    private volatile ChannelHandlerContext context;
    private String enterprise;
    /** The QoS granted on the enterprise's commands topic; null while not subscribed. Event loop only. */
    private MqttQoS commandsQos;
    private final Set<Integer> ordersInFlight = new HashSet<>();
    private int lastOrderId;

    GatewayConnection(EmbeddedBroker broker, Executor takers) {
        this.broker = broker;
        this.takers = takers;
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        try {
            if (!(message instanceof MqttMessage mqtt) || mqtt.decoderResult().isFailure()) {
                log.debug("MQTT: undecodable packet from {}: closing", context.channel().remoteAddress());
                context.close();
                return;
            }
            MqttMessageType type = mqtt.fixedHeader().messageType();
            if (user == null && type != MqttMessageType.CONNECT) {
                context.close(); // MQTT-3.1.0-1: CONNECT first
                return;
            }
            switch (type) {
                case CONNECT -> connect(context, (MqttConnectMessage) mqtt);
                case PUBLISH -> publish(context, (MqttPublishMessage) mqtt);
                case SUBSCRIBE -> subscribe(context, (MqttSubscribeMessage) mqtt);
                case UNSUBSCRIBE -> unsubscribe(context, (MqttUnsubscribeMessage) mqtt);
                case PUBACK -> ordersInFlight.remove(((MqttMessageIdVariableHeader) mqtt.variableHeader()).messageId());
                case PINGREQ -> context.writeAndFlush(new MqttMessage(
                        new MqttFixedHeader(MqttMessageType.PINGRESP, false, MqttQoS.AT_MOST_ONCE, false, 0)));
                case DISCONNECT -> context.close();
                // a gateway publishes at QoS 1 (SPEC §10); QoS 2 and anything a server never receives: closed
                default -> context.close();
            }
        } finally {
            ReferenceCountUtil.release(message);
        }
    }

    private void connect(ChannelHandlerContext context, MqttConnectMessage connect) {
        if (user != null) {
            context.close(); // MQTT-3.1.0-2: a second CONNECT is a protocol violation
            return;
        }
        int level = connect.variableHeader().version();
        if (level != MqttVersion.MQTT_3_1.protocolLevel() && level != MqttVersion.MQTT_3_1_1.protocolLevel()) {
            refuse(context, MqttConnectReturnCode.CONNECTION_REFUSED_UNACCEPTABLE_PROTOCOL_VERSION);
            return;
        }
        String id = connect.payload().clientIdentifier();
        boolean clean = connect.variableHeader().isCleanSession();
        if ((id == null || id.isEmpty()) && !clean) {
            refuse(context, MqttConnectReturnCode.CONNECTION_REFUSED_IDENTIFIER_REJECTED);
            return;
        }
        String name = connect.variableHeader().hasUserName() ? connect.payload().userName() : null;
        byte[] password = connect.variableHeader().hasPassword() ? connect.payload().passwordInBytes() : null;
        if (!broker.access().checkValid(name, password)) {
            broker.loginRefused();
            refuse(context, MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD);
            return;
        }
        user = name;
        enterprise = broker.access().enterpriseOf(name);
        this.context = context;
        clientId = id == null || id.isEmpty() ? UUID.randomUUID().toString() : id;
        broker.connected(clientId, context.channel());
        int keepAlive = connect.variableHeader().keepAliveTimeSeconds();
        context.pipeline().replace(EmbeddedBroker.IDLE, EmbeddedBroker.IDLE,
                new IdleStateHandler(keepAlive > 0 ? Math.round(keepAlive * 1.5f) : 0, 0, 0));
        // nothing is kept for a session: what was acknowledged is committed, the rest the gateway still holds
        context.writeAndFlush(MqttMessageBuilders.connAck().returnCode(MqttConnectReturnCode.CONNECTION_ACCEPTED)
                .sessionPresent(false).build());
    }

    private static void refuse(ChannelHandlerContext context, MqttConnectReturnCode code) {
        MqttConnAckMessage refusal = MqttMessageBuilders.connAck().returnCode(code).sessionPresent(false).build();
        context.writeAndFlush(refusal).addListener(ChannelFutureListener.CLOSE);
    }

    private void publish(ChannelHandlerContext context, MqttPublishMessage publish) {
        String topic = publish.variableHeader().topicName();
        MqttQoS qos = publish.fixedHeader().qosLevel();
        if (qos == MqttQoS.EXACTLY_ONCE || qos == MqttQoS.FAILURE) {
            context.close();
            return;
        }
        if (!broker.access().canWrite(topic, user)) {
            broker.publishRefused(user, topic);
            context.close(); // MQTT-3.3.5-2: refused, so the connection is closed rather than left waiting
            return;
        }
        byte[] payload = ByteBufUtil.getBytes(publish.payload());
        int packetId = publish.variableHeader().packetId();
        if (++pending >= MAX_PENDING) {
            context.channel().config().setAutoRead(false);
        }
        last = last.thenRunAsync(() -> take(context, topic, payload, qos, packetId), takers);
    }

    /** On a taker thread, after the connection's earlier messages. */
    private void take(ChannelHandlerContext context, String topic, byte[] payload, MqttQoS qos, int packetId) {
        boolean committed = false;
        try {
            if (context.channel().isActive() || qos == MqttQoS.AT_MOST_ONCE) {
                broker.messages().take(topic, payload);
                committed = true;
            }
        } catch (IngestRefusedException uncommitted) {
            broker.notCommitted(user, topic);
        } catch (RuntimeException e) {
            log.error("MQTT message on {} failed", LogSafe.of(topic), e);
        }
        boolean acknowledge = committed;
        context.executor().execute(() -> {
            if (acknowledge && qos == MqttQoS.AT_LEAST_ONCE) {
                context.writeAndFlush(MqttMessageBuilders.pubAck().packetId(packetId).build());
            } else if (!acknowledge) {
                context.close(); // unacknowledged; the gateway sends it again on its next connection
            }
            if (--pending < MAX_PENDING) {
                context.channel().config().setAutoRead(true);
            }
        });
    }

    /**
     * Grants the gateway its own enterprise's commands topic (at QoS 1 at most) and refuses every other filter with
     * 0x80 (MQTT 3.1.1 §3.9.3): another enterprise's orders, wildcards, the ingest topics.
     */
    private void subscribe(ChannelHandlerContext context, MqttSubscribeMessage subscribe) {
        List<MqttTopicSubscription> filters = subscribe.payload().topicSubscriptions();
        int[] granted = new int[filters.size()];
        for (int i = 0; i < granted.length; i++) {
            MqttTopicSubscription filter = filters.get(i);
            if (broker.access().canRead(filter.topicName(), user)) {
                commandsQos = filter.qualityOfService() == MqttQoS.AT_MOST_ONCE
                        ? MqttQoS.AT_MOST_ONCE : MqttQoS.AT_LEAST_ONCE;
                granted[i] = commandsQos.value();
                broker.subscribed(enterprise, this);
            } else {
                granted[i] = MqttQoS.FAILURE.value();
                broker.subscriptionRefused(user, filter.topicName());
            }
        }
        context.writeAndFlush(new MqttSubAckMessage(
                new MqttFixedHeader(MqttMessageType.SUBACK, false, MqttQoS.AT_MOST_ONCE, false, 0),
                MqttMessageIdVariableHeader.from(subscribe.variableHeader().messageId()),
                new MqttSubAckPayload(granted)));
    }

    private void unsubscribe(ChannelHandlerContext context, MqttUnsubscribeMessage unsubscribe) {
        if (enterprise != null && unsubscribe.payload().topics().contains(IngestTopic.commands(enterprise))) {
            commandsQos = null;
            broker.unsubscribed(enterprise, this);
        }
        context.writeAndFlush(MqttMessageBuilders.unsubAck()
                .packetId(unsubscribe.variableHeader().messageId()).build());
    }

    /**
     * Sends an order to the gateway on its commands topic, at the QoS granted (1 when it asked for 1); from any
     * thread. Best effort: nothing is kept for a gateway that is gone, and an order not acknowledged is not sent
     * again (the heartbeat's reply carries the orders in force).
     */
    void deliver(String topic, byte[] body) {
        ChannelHandlerContext current = context;
        if (current == null) {
            return;
        }
        current.executor().execute(() -> {
            if (commandsQos == null || !current.channel().isActive()) {
                return;
            }
            MqttMessageBuilders.PublishBuilder publish = MqttMessageBuilders.publish().topicName(topic)
                    .retained(false).qos(commandsQos).payload(Unpooled.wrappedBuffer(body));
            if (commandsQos == MqttQoS.AT_LEAST_ONCE) {
                if (ordersInFlight.size() >= MAX_ORDERS_IN_FLIGHT) {
                    log.debug("MQTT: {} acknowledges no orders; this one waits for its heartbeat", LogSafe.of(user));
                    return;
                }
                int id = nextOrderId();
                ordersInFlight.add(id);
                publish.messageId(id);
            }
            current.writeAndFlush(publish.build());
        });
    }

    /** A packet identifier 1…65535 not in use by an order still in flight (MQTT-2.3.1-2). */
    private int nextOrderId() {
        do {
            lastOrderId = lastOrderId % 65535 + 1;
        } while (ordersInFlight.contains(lastOrderId));
        return lastOrderId;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object event) {
        if (event instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE) {
            context.close(); // MQTT-3.1.2-24: nothing within one and a half keep-alive periods
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        if (clientId != null) {
            broker.disconnected(clientId, context.channel());
        }
        if (enterprise != null) {
            broker.unsubscribed(enterprise, this);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        log.debug("MQTT connection of {} failed: {}", LogSafe.of(user), LogSafe.of(cause.toString()));
        context.close();
    }

    @Override
    public String toString() {
        return "GatewayConnection[" + user + "]";
    }
}
