package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.protocol.CameraStatus;
import org.hazwatch.protocol.VideoStatus;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code video-status} over MQTT (SPEC §10, {@code hazwatch/v1/<enterprise>/video-status}) through the embedded
 * broker: a gateway's report of its own camera is taken as over HTTP; a report naming another enterprise's camera
 * under its own topic is refused and counted, nothing stored.
 */
@PlatformTest
class VideoOverMqttTest {

    @Autowired
    MqttEndpoint endpoint;

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryGatewayDirectory gateways;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    Mqtt3AsyncClient client;

    @AfterEach
    void disconnect() {
        if (client != null && client.getState().isConnected()) {
            client.disconnect().join();
        }
    }

    @Test
    void aGatewaysVideoStatusOverMqttIsTakenAndAnotherEnterprisesCameraIsRefused() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        TestEnterprise other = TestEnterprises.importInto(mvc, plant.county());
        GatewayKey gateway = gateways.register(plant.code());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String topic = WireContract.topic(plant.code(), WireContract.VIDEO_STATUS);
        double refusedBefore = meters.counter("hazwatch.mqtt.messages", "kind", WireContract.VIDEO_STATUS,
                "outcome", "refused").count();

        client = MqttClient.builder().useMqttVersion3().identifier("test-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(endpoint.brokerUrl().getPort()).buildAsync();
        client.connectWith().simpleAuth().username(gateway.gatewayCode())
                .password(gateway.secret().getBytes(StandardCharsets.UTF_8)).applySimpleAuth().send()
                .get(10, TimeUnit.SECONDS);
        publish(topic, status(gateway, other.code() + "V01", now));
        publish(topic, status(gateway, plant.code() + "V01", now));

        await().atMost(Duration.ofSeconds(10)).until(() -> stateRows(plant.code() + "V01") == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> meters.counter("hazwatch.mqtt.messages", "kind",
                WireContract.VIDEO_STATUS, "outcome", "refused").count() == refusedBefore + 1);
        assertThat(stateRows(other.code() + "V01")).isZero();
    }

    private void publish(String topic, byte[] body) throws Exception {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(body).send().get(10, TimeUnit.SECONDS);
    }

    private int stateRows(String camera) {
        return jdbc.sql("SELECT count(*) FROM camera_state WHERE camera_code = ?").param(camera)
                .query(Integer.class).single();
    }

    private static byte[] status(GatewayKey gateway, String camera, Instant time) {
        return WireJson.encode(new VideoStatus(gateway.enterpriseCode(), gateway.gatewayCode(),
                UUID.randomUUID().toString(), List.of(new CameraStatus(camera, true, time.atOffset(ZoneOffset.ofHours(8))))));
    }
}
