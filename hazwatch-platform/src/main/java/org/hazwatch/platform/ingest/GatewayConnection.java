package org.hazwatch.platform.ingest;

import io.netty.buffer.ByteBufUtil;
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
import io.netty.handler.codec.mqtt.MqttUnsubscribeMessage;
import io.netty.handler.codec.mqtt.MqttVersion;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.hazwatch.platform.support.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One gateway's connection to the embedded broker (MQTT 3.1.1, the part SPEC §10 uses): CONNECT with the gateway's
 * code and secret, PUBLISH at QoS 0 or 1 under its own enterprise's topics, PINGREQ, DISCONNECT. A QoS 1 publish is
 * taken into the reading log ({@link MqttMessages}, the same checks as HTTP) and its PUBACK written only once that
 * is committed, so nothing acknowledged to a gateway is lost when the platform dies (issue 19). PUBACKs go out in
 * the order the publishes came (MQTT 3.1.1 §4.6): the messages of one connection are taken one after another.
 * A commit that fails closes the connection unacknowledged: the gateway keeps the batch and sends it again.
 */
final class GatewayConnection extends ChannelInboundHandlerAdapter {

    /** Publishes waiting on one connection before it stops reading from the socket (back pressure). */
    private static final int MAX_PENDING = 8;

    private static final Logger log = LoggerFactory.getLogger(GatewayConnection.class);

    private final EmbeddedBroker broker;
    private final Executor takers;
    private String user;
    private String clientId;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    private int pending;

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
                case SUBSCRIBE -> refuseSubscription(context, (MqttSubscribeMessage) mqtt);
                case UNSUBSCRIBE -> context.writeAndFlush(MqttMessageBuilders.unsubAck()
                        .packetId(((MqttUnsubscribeMessage) mqtt).variableHeader().messageId()).build());
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

    /** A gateway may read nothing (SPEC §10): every topic filter refused (0x80). */
    private static void refuseSubscription(ChannelHandlerContext context, MqttSubscribeMessage subscribe) {
        int[] failures = new int[subscribe.payload().topicSubscriptions().size()];
        Arrays.fill(failures, MqttQoS.FAILURE.value());
        context.writeAndFlush(new MqttSubAckMessage(
                new MqttFixedHeader(MqttMessageType.SUBACK, false, MqttQoS.AT_MOST_ONCE, false, 0),
                MqttMessageIdVariableHeader.from(subscribe.variableHeader().messageId()),
                new MqttSubAckPayload(failures)));
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
