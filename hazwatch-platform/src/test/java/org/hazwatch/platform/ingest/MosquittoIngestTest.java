package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hazwatch.platform.ingest.TestBatches.batch;
import static org.hazwatch.platform.ingest.TestBatches.heartbeat;
import static org.hazwatch.platform.ingest.TestBatches.reading;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.telemetry.InMemoryPointDirectory;
import org.hazwatch.platform.telemetry.LiveReadings;
import org.hazwatch.protocol.WireContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * MQTT ingest through a real Mosquitto (production's broker), set up as docs/MQTT.md says, with mosquitto_pub as
 * the gateway. Skipped, saying so, where Mosquitto is not installed; CI installs it.
 */
@PlatformTest
@DirtiesContext
class MosquittoIngestTest {

    static final String ENTERPRISE = InMemoryPointDirectory.newEnterpriseCode();
    static final String OTHER = InMemoryPointDirectory.newEnterpriseCode();
    static final GatewayKey GATEWAY = new GatewayKey(ENTERPRISE + "01", ENTERPRISE, UUID.randomUUID().toString());
    static final GatewayKey OTHER_GATEWAY = new GatewayKey(OTHER + "01", OTHER, UUID.randomUUID().toString());
    static final BrokerAccount PLATFORM = BrokerAccount.internal("hazwatch-platform");
    static Path dir;
    static MosquittoBroker broker;

    @BeforeAll
    static void startMosquitto() throws IOException {
        dir = Files.createTempDirectory("hazwatch-mosquitto");
        broker = MosquittoBroker.start(dir,
                Map.of(GATEWAY.gatewayCode(), GATEWAY.secret(), OTHER_GATEWAY.gatewayCode(), OTHER_GATEWAY.secret(),
                        PLATFORM.username(), PLATFORM.password()),
                List.of("user " + GATEWAY.gatewayCode(), "topic write hazwatch/v1/" + ENTERPRISE + "/#", "",
                        "user " + OTHER_GATEWAY.gatewayCode(), "topic write hazwatch/v1/" + OTHER + "/#", "",
                        "user " + PLATFORM.username(), "topic read hazwatch/v1/#"));
    }

    @DynamicPropertySource
    static void platformAtMosquitto(DynamicPropertyRegistry registry) {
        registry.add("hazwatch.mqtt.url", () -> broker.url().toString());
        registry.add("hazwatch.mqtt.username", PLATFORM::username);
        registry.add("hazwatch.mqtt.password", PLATFORM::password);
    }

    @AfterAll
    static void stopMosquitto() throws IOException {
        if (broker != null) {
            broker.close();
        }
        FileSystemUtils.deleteRecursively(dir);
    }

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

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void registerGateways() {
        gateways.register(GATEWAY);
        gateways.register(OTHER_GATEWAY);
    }

    @Test
    void storesWhatMosquittoPubPublishesWithTheGatewaysCredentials() {
        String point = points.addLevelPoint(ENTERPRISE).code();

        assertThat(publish(GATEWAY.secret(), ENTERPRISE, batch(GATEWAY, reading(point, now, 2.43))).exitCode())
                .isZero();

        await().atMost(Duration.ofSeconds(10)).until(() -> stored(point) == 1);
        assertThat(endpoint.embedded()).isFalse();
        assertThat(endpoint.brokerUrl()).isEqualTo(broker.url());
    }

    @Test
    void mosquittoRefusesAWrongPassword() {
        String point = points.addLevelPoint(ENTERPRISE).code();

        MosquittoCli.Outcome refused = publish("not-the-secret", ENTERPRISE, batch(GATEWAY, reading(point, now, 1.0)));

        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> stored(point) == 0);
    }

    @Test
    void mosquittosAclDropsWhatAGatewayPublishesUnderAnotherEnterprisesTopic() {
        String otherPoint = points.addLevelPoint(OTHER).code();

        publish(GATEWAY.secret(), OTHER, batch(OTHER_GATEWAY, reading(otherPoint, now, 1.0)));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> stored(otherPoint) == 0);
    }

    @Test
    void refusesABatchNamingAGatewayOfAnotherEnterpriseUnderItsOwnTopic() {
        String point = points.addLevelPoint(ENTERPRISE).code();
        double refused = count("refused");

        publish(GATEWAY.secret(), ENTERPRISE, batch(new GatewayKey(OTHER_GATEWAY.gatewayCode(), ENTERPRISE, "-"),
                reading(point, now, 1.0)));

        await().atMost(Duration.ofSeconds(10)).until(() -> count("refused") == refused + 1);
        assertThat(stored(point)).isZero();
    }

    @Test
    void storesARepublishedBatchOnce() {
        String point = points.addLevelPoint(ENTERPRISE).code();
        byte[] body = batch(GATEWAY, reading(point, now, 1.0), reading(point, now.plusMillis(1), 2.0));
        double accepted = count("accepted");

        publish(GATEWAY.secret(), ENTERPRISE, body);
        publish(GATEWAY.secret(), ENTERPRISE, body);

        await().atMost(Duration.ofSeconds(10)).until(() -> count("accepted") == accepted + 2);
        assertThat(stored(point)).isEqualTo(2);
    }

    @Test
    void takesAHeartbeat() {
        assertThat(MosquittoCli.publish(broker.port(), GATEWAY.gatewayCode(), GATEWAY.secret(),
                WireContract.topic(ENTERPRISE, WireContract.HEARTBEAT), heartbeat(GATEWAY, now)).exitCode()).isZero();

        await().atMost(Duration.ofSeconds(10)).until(() -> live.gatewayLastHeard(ENTERPRISE).isPresent());
    }

    private MosquittoCli.Outcome publish(String password, String enterprise, byte[] body) {
        return MosquittoCli.publish(broker.port(), GATEWAY.gatewayCode(), password,
                WireContract.topic(enterprise, WireContract.READINGS), body);
    }

    private double count(String outcome) {
        return meters.counter("hazwatch.mqtt.messages", "kind", "readings", "outcome", outcome).count();
    }

    private int stored(String point) {
        return jdbc.sql("SELECT count(*) FROM reading WHERE point_code = ?").param(point).query(Integer.class)
                .single();
    }
}
