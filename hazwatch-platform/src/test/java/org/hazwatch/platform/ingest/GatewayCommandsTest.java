package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3SubAckException;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscribe;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscription;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAck;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.telemetry.InMemoryPointDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded broker's {@code commands} topic (SPEC §11): a gateway may subscribe to its own enterprise's orders
 * and gets them at once at QoS 1; every other filter is refused with 0x80, and no order reaches another enterprise.
 */
@PlatformTest
class GatewayCommandsTest {

    @Autowired
    MqttEndpoint endpoint;

    @Autowired
    InMemoryGatewayDirectory gateways;

    final String enterprise = InMemoryPointDirectory.newEnterpriseCode();
    final String other = InMemoryPointDirectory.newEnterpriseCode();
    final List<Mqtt3AsyncClient> clients = new ArrayList<>();

    @AfterEach
    void disconnect() {
        clients.stream().filter(c -> c.getState().isConnected()).forEach(c -> c.disconnect().join());
    }

    @Test
    void aGatewayReadsItsOwnEnterprisesOrdersAtOnceAndAtQos1() throws Exception {
        GatewayKey gateway = gateways.register(enterprise);
        List<Mqtt3Publish> received = new CopyOnWriteArrayList<>();
        Mqtt3AsyncClient client = connect(gateway, received);

        Mqtt3SubAck ack = client.subscribeWith().topicFilter(commands(enterprise)).qos(MqttQos.AT_LEAST_ONCE)
                .send().get(5, TimeUnit.SECONDS);
        assertThat(ack.getReturnCodes()).containsExactly(Mqtt3SubAckReturnCode.SUCCESS_MAXIMUM_QOS_1);

        byte[] order = "{\"orders\":[{\"action\":\"LIVE_START\",\"camera\":\"x\"}]}".getBytes(StandardCharsets.UTF_8);
        endpoint.order(enterprise, order);
        endpoint.order(other, "{\"orders\":[]}".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        assertThat(received.get(0).getTopic().toString()).isEqualTo(commands(enterprise));
        assertThat(received.get(0).getQos()).isEqualTo(MqttQos.AT_LEAST_ONCE);
        assertThat(received.get(0).getPayloadAsBytes()).isEqualTo(order);

        // acknowledged, the connection stays open and the next order comes as well
        endpoint.order(enterprise, order);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 2);
        assertThat(client.getState().isConnected()).isTrue();

        // unsubscribed, nothing more comes
        client.unsubscribeWith().topicFilter(commands(enterprise)).send().get(5, TimeUnit.SECONDS);
        endpoint.order(enterprise, order);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> received.size() == 2);
    }

    @Test
    void aGatewayCannotSubscribeToAnotherEnterprisesCommandsNorToWildcards() throws Exception {
        GatewayKey stranger = gateways.register(other);
        gateways.register(enterprise);
        List<Mqtt3Publish> received = new CopyOnWriteArrayList<>();
        Mqtt3AsyncClient client = connect(stranger, received);

        Throwable refused = catchThrowable(() -> client.subscribe(Mqtt3Subscribe.builder()
                .addSubscription(subscription(commands(enterprise)))
                .addSubscription(subscription("hazwatch/v1/+/commands"))
                .addSubscription(subscription("hazwatch/v1/" + enterprise + "/#"))
                .addSubscription(subscription("hazwatch/v1/" + other + "/readings"))
                .addSubscription(subscription(commands(other)))
                .build()).get(5, TimeUnit.SECONDS));
        assertThat(refused).hasCauseInstanceOf(Mqtt3SubAckException.class);
        Mqtt3SubAck mixed = ((Mqtt3SubAckException) refused.getCause()).getMqttMessage();
        assertThat(mixed.getReturnCodes()).containsExactly(Mqtt3SubAckReturnCode.FAILURE,
                Mqtt3SubAckReturnCode.FAILURE, Mqtt3SubAckReturnCode.FAILURE, Mqtt3SubAckReturnCode.FAILURE,
                Mqtt3SubAckReturnCode.SUCCESS_MAXIMUM_QOS_1);
        assertThatThrownBy(() -> client.subscribeWith().topicFilter(commands(enterprise))
                .qos(MqttQos.AT_LEAST_ONCE).send().get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(Mqtt3SubAckException.class);

        endpoint.order(enterprise, "{\"orders\":[]}".getBytes(StandardCharsets.UTF_8));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(received::isEmpty);
        assertThat(client.getState().isConnected()).isTrue();
    }

    private Mqtt3AsyncClient connect(GatewayKey gateway, List<Mqtt3Publish> received) throws Exception {
        Mqtt3AsyncClient client = MqttClient.builder().useMqttVersion3().identifier("test-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(endpoint.brokerUrl().getPort()).buildAsync();
        clients.add(client);
        client.publishes(MqttGlobalPublishFilter.ALL, received::add);
        client.connectWith().simpleAuth().username(gateway.gatewayCode())
                .password(gateway.secret().getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                .send().get(10, TimeUnit.SECONDS);
        return client;
    }

    private static Mqtt3Subscription subscription(String filter) {
        return Mqtt3Subscription.builder().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).build();
    }

    private static String commands(String enterprise) {
        return "hazwatch/v1/" + enterprise + "/commands";
    }
}
