package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hazwatch.platform.ingest.TestBatches.batch;
import static org.hazwatch.platform.ingest.TestBatches.heartbeat;
import static org.hazwatch.platform.ingest.TestBatches.reading;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3SubAckException;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.telemetry.InMemoryPointDirectory;
import org.hazwatch.platform.telemetry.LiveReadings;
import org.hazwatch.protocol.WireContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** MQTT ingest through the embedded broker (Moquette), with the HiveMQ client and mosquitto_pub as gateways. */
@PlatformTest
class MqttIngestTest {

    @Autowired
    MqttEndpoint endpoint;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InMemoryPointDirectory points;

    @Autowired
    InMemoryGatewayDirectory gateways;

    @Autowired
    LiveReadings live;

    @Autowired
    MeterRegistry meters;

    final String enterprise = InMemoryPointDirectory.newEnterpriseCode();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Mqtt3AsyncClient client;

    @AfterEach
    void disconnect() {
        if (client != null && client.getState().isConnected()) {
            client.disconnect().join();
        }
    }

    @Test
    void storesTheReadingsAGatewayPublishesWithItsCodeAndSecret() throws Exception {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();

        connect(gateway.gatewayCode(), gateway.secret());
        publish(WireContract.topic(enterprise, WireContract.READINGS), batch(gateway, reading(point, now, 2.43)));

        await().atMost(Duration.ofSeconds(10)).until(() -> stored(point) == 1);
        assertThat(endpoint.embedded()).isTrue();
    }

    @Test
    void refusesAGatewayWithAWrongSecret() {
        GatewayKey gateway = gateways.register(enterprise);

        assertThatThrownBy(() -> connect(gateway.gatewayCode(), "not-the-secret"))
                .hasCauseInstanceOf(Mqtt3ConnAckException.class);
        assertThatThrownBy(() -> connect("1405259999901", gateway.secret()))
                .hasCauseInstanceOf(Mqtt3ConnAckException.class);
    }

    @Test
    void aPublishUnderAnotherEnterprisesTopicIsAnsweredByClosingTheConnectionAndNothingIsStored() throws Exception {
        GatewayKey gateway = gateways.register(enterprise);
        String other = InMemoryPointDirectory.newEnterpriseCode();
        GatewayKey otherGateway = gateways.register(other);
        String otherPoint = points.addLevelPoint(other).code();
        double refused = meters.counter("hazwatch.mqtt.refused").count();

        connect(gateway.gatewayCode(), gateway.secret());
        // MQTT-3.3.5-2: acknowledged or the connection closed, never silence (it waited for ever before issue 19)
        Throwable answer = client.publishWith().topic(WireContract.topic(other, WireContract.READINGS))
                .qos(MqttQos.AT_LEAST_ONCE).payload(batch(otherGateway, reading(otherPoint, now, 1.0))).send()
                .handle((ack, error) -> error).get(5, TimeUnit.SECONDS);

        assertThat(answer).as("the publish ends with the connection closed").isNotNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> !client.getState().isConnected());
        assertThat(meters.counter("hazwatch.mqtt.refused").count()).isEqualTo(refused + 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> stored(otherPoint) == 0);
    }

    @Test
    void mosquittoPubUnderAnotherEnterprisesTopicReturnsWithinFiveSecondsAndNothingIsStored() {
        GatewayKey gateway = gateways.register(enterprise);
        String other = InMemoryPointDirectory.newEnterpriseCode();
        GatewayKey otherGateway = gateways.register(other);
        String otherPoint = points.addLevelPoint(other).code();
        int port = endpoint.brokerUrl().getPort();

        long started = System.nanoTime();
        MosquittoCli.Outcome outcome = MosquittoCli.publish(port, gateway.gatewayCode(), gateway.secret(),
                WireContract.topic(other, WireContract.READINGS), batch(otherGateway, reading(otherPoint, now, 1.0)));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("mosquitto_pub -q 1 returned (exit %d: %s)", outcome.exitCode(), outcome.output())
                .isLessThan(Duration.ofSeconds(5));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> stored(otherPoint) == 0);
    }

    @Test
    void storesARedeliveredBatchOnce() throws Exception {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();
        byte[] body = batch(gateway, reading(point, now, 1.0), reading(point, now.plusMillis(1), 2.0));
        String topic = WireContract.topic(enterprise, WireContract.READINGS);
        double accepted = count("readings", "accepted");

        connect(gateway.gatewayCode(), gateway.secret());
        publish(topic, body);
        publish(topic, body);

        await().atMost(Duration.ofSeconds(10)).until(() -> count("readings", "accepted") == accepted + 2);
        assertThat(stored(point)).isEqualTo(2);
    }

    @Test
    void acknowledgesAndCountsMalformedAndRefusedMessagesAndGoesOn() throws Exception {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();
        String foreignPoint = points.addLevelPoint(InMemoryPointDirectory.newEnterpriseCode()).code();
        String topic = WireContract.topic(enterprise, WireContract.READINGS);
        double malformed = count("readings", "malformed");
        double refused = count("readings", "refused");

        connect(gateway.gatewayCode(), gateway.secret());
        publish(topic, "{not json".getBytes(StandardCharsets.UTF_8));
        publish(topic, batch(gateway, reading(foreignPoint, now, 1.0)));
        publish(topic, batch(gateway, reading(point, now, 2.0)));

        await().atMost(Duration.ofSeconds(10)).until(() -> stored(point) == 1);
        assertThat(count("readings", "malformed")).isEqualTo(malformed + 1);
        assertThat(count("readings", "refused")).isEqualTo(refused + 1);
        assertThat(stored(foreignPoint)).isZero();
    }

    @Test
    void refusesABatchNamingAGatewayOfAnotherEnterprise() throws Exception {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();
        GatewayKey stranger = gateways.register(InMemoryPointDirectory.newEnterpriseCode());
        byte[] body = TestBatches.batch(new GatewayKey(stranger.gatewayCode(), enterprise, "-"),
                reading(point, now, 1.0));
        double refused = count("readings", "refused");

        connect(gateway.gatewayCode(), gateway.secret());
        publish(WireContract.topic(enterprise, WireContract.READINGS), body);

        await().atMost(Duration.ofSeconds(10)).until(() -> count("readings", "refused") == refused + 1);
        assertThat(stored(point)).isZero();
    }

    @Test
    void aHeartbeatKeepsTheEnterpriseHeardOf() throws Exception {
        GatewayKey gateway = gateways.register(enterprise);

        connect(gateway.gatewayCode(), gateway.secret());
        publish(WireContract.topic(enterprise, WireContract.HEARTBEAT), heartbeat(gateway, now));

        await().atMost(Duration.ofSeconds(10)).until(() -> live.gatewayLastHeard(enterprise).isPresent());
    }

    @Test
    void aGatewayMaySubscribeToNothing() throws Exception {
        GatewayKey gateway = gateways.register(enterprise);

        connect(gateway.gatewayCode(), gateway.secret());

        assertThatThrownBy(() -> client.subscribeWith().topicFilter("hazwatch/v1/#").qos(MqttQos.AT_LEAST_ONCE)
                .send().get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(Mqtt3SubAckException.class);
    }

    @Test
    void mosquittoPubPublishesWithAGatewaysCredentialsAndIsRefusedOtherwise() {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();
        String topic = WireContract.topic(enterprise, WireContract.READINGS);
        int port = endpoint.brokerUrl().getPort();

        MosquittoCli.Outcome wrong = MosquittoCli.publish(port, gateway.gatewayCode(), "not-the-secret", topic,
                batch(gateway, reading(point, now, 1.0)));
        MosquittoCli.Outcome right = MosquittoCli.publish(port, gateway.gatewayCode(), gateway.secret(), topic,
                batch(gateway, reading(point, now.plusMillis(1), 2.0)));

        assertThat(wrong.exitCode()).as(wrong.output()).isNotZero();
        assertThat(right.exitCode()).as(right.output()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(point) == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> stored(point) == 1);
    }

    private void connect(String username, String password) throws Exception {
        client = MqttClient.builder().useMqttVersion3().identifier("test-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(endpoint.brokerUrl().getPort()).buildAsync();
        client.connectWith().simpleAuth().username(username).password(password.getBytes(StandardCharsets.UTF_8))
                .applySimpleAuth().send().get(10, TimeUnit.SECONDS);
    }

    private void publish(String topic, byte[] body) throws Exception {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(body).send().get(10, TimeUnit.SECONDS);
    }

    private double count(String kind, String outcome) {
        return meters.counter("hazwatch.mqtt.messages", "kind", kind, "outcome", outcome).count();
    }

    private int stored(String point) {
        return jdbc.sql("SELECT count(*) FROM reading WHERE point_code = ?").param(point).query(Integer.class)
                .single();
    }
}
