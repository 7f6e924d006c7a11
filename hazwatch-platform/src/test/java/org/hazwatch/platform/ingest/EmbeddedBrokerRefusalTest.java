package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.support.HazwatchProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker alone (no platform): a QoS 1 publish under another enterprise's topic is answered — the
 * connection closed (MQTT-3.3.5-2) — within 5 s and counted, where Moquette alone left it unanswered for ever.
 */
class EmbeddedBrokerRefusalTest {

    @TempDir
    Path dataDir;

    @Test
    void aPublishUnderAnotherEnterprisesTopicClosesTheConnectionAndIsCounted() throws Exception {
        InMemoryGatewayDirectory gateways = new InMemoryGatewayDirectory();
        GatewayKey gateway = gateways.register("14052580001");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        EmbeddedBroker broker = new EmbeddedBroker(
                new MqttSettings(true, null, "127.0.0.1", 0, null, null, "hazwatch-platform", 1),
                new HazwatchProperties("serve", dataDir, new HazwatchProperties.Database(1, false), null),
                gateways, null, Duration.ofSeconds(5), meters, Clock.systemUTC());
        broker.start();
        try {
            Mqtt3AsyncClient client = MqttClient.builder().useMqttVersion3().identifier("test-" + UUID.randomUUID())
                    .serverHost("127.0.0.1").serverPort(broker.port()).buildAsync();
            client.connectWith().simpleAuth().username(gateway.gatewayCode())
                    .password(gateway.secret().getBytes(StandardCharsets.UTF_8)).applySimpleAuth().send()
                    .get(10, TimeUnit.SECONDS);

            Throwable answer = client.publishWith().topic("hazwatch/v1/14052580002/readings")
                    .qos(MqttQos.AT_LEAST_ONCE).payload("{}".getBytes(StandardCharsets.UTF_8)).send()
                    .handle((ack, error) -> error).get(5, TimeUnit.SECONDS);

            assertThat(answer).as("the connection was closed").isNotNull();
            await().atMost(Duration.ofSeconds(5)).until(() -> !client.getState().isConnected());
            assertThat(meters.counter("hazwatch.mqtt.refused").count()).isEqualTo(1);
        } finally {
            broker.stop();
        }
    }
}
