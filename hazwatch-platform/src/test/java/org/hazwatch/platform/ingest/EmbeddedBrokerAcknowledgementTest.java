package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.support.HazwatchProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/**
 * The embedded broker acknowledges a QoS 1 publish (PUBACK) only once the message is taken — for readings, once
 * committed — and in the order the publishes came; a message that could not be committed is not acknowledged and
 * its connection closed (issue 19: Moquette 0.17 acknowledged on queueing, and a kill -9 lost what it had queued).
 */
class EmbeddedBrokerAcknowledgementTest {

    @TempDir
    Path dataDir;

    final InMemoryGatewayDirectory gateways = new InMemoryGatewayDirectory();
    final GatewayKey gateway = gateways.register("14052580001");
    final String topic = "hazwatch/v1/14052580001/readings";
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final HeldMessages messages = new HeldMessages();
    EmbeddedBroker broker;

    @AfterEach
    void stop() {
        messages.release.countDown();
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void acknowledgesAPublishOnlyOnceItIsTakenAndInOrder() throws Exception {
        Mqtt3AsyncClient client = connected();

        CompletableFuture<Mqtt3Publish> first = publish(client, "first");
        CompletableFuture<Mqtt3Publish> second = publish(client, "second");
        await().atMost(Duration.ofSeconds(10)).until(() -> messages.taking.size() == 1);
        Thread.sleep(1000);

        assertThat(first).as("not acknowledged while its commit is under way").isNotDone();
        assertThat(second).as("nor the next one, taken after it").isNotDone();
        messages.release.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(messages.taken).containsExactly("first", "second");
    }

    @Test
    void aMessageThatCouldNotBeCommittedIsNotAcknowledgedAndItsConnectionIsClosed() throws Exception {
        messages.failing = true;
        messages.release.countDown();
        Mqtt3AsyncClient client = connected();

        Throwable answer = publish(client, "lost?").handle((ack, error) -> error).get(10, TimeUnit.SECONDS);

        assertThat(answer).as("no PUBACK: the connection closed").isNotNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> !client.getState().isConnected());
        assertThat(meters.counter("hazwatch.mqtt.uncommitted").count()).isEqualTo(1);
        assertThat(messages.taken).isEmpty();
    }

    private Mqtt3AsyncClient connected() throws Exception {
        broker = new EmbeddedBroker(new MqttSettings(true, null, "127.0.0.1", 0, null, null, "hazwatch-platform", 2),
                new HazwatchProperties("serve", dataDir, new HazwatchProperties.Database(1, false), null),
                gateways, messages, Duration.ofSeconds(5), meters, Clock.systemUTC());
        broker.start();
        Mqtt3AsyncClient client = MqttClient.builder().useMqttVersion3().identifier("test-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(broker.port()).buildAsync();
        client.connectWith().simpleAuth().username(gateway.gatewayCode())
                .password(gateway.secret().getBytes(StandardCharsets.UTF_8)).applySimpleAuth().send()
                .get(10, TimeUnit.SECONDS);
        return client;
    }

    private CompletableFuture<Mqtt3Publish> publish(Mqtt3AsyncClient client, String body) {
        return client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                .payload(body.getBytes(StandardCharsets.UTF_8)).send();
    }

    /** Takes a message only when released (a commit under way), or fails it as a database refusing writes. */
    static final class HeldMessages extends MqttMessages {

        final CountDownLatch release = new CountDownLatch(1);
        final List<String> taking = new CopyOnWriteArrayList<>();
        final List<String> taken = new CopyOnWriteArrayList<>();
        volatile boolean failing;

        HeldMessages() {
            super(null, null, null, new SimpleMeterRegistry(), new IngestMeters(new SimpleMeterRegistry()),
                    Clock.systemUTC());
        }

        @Override
        void take(String topicName, byte[] payload) {
            String body = new String(payload, StandardCharsets.UTF_8);
            taking.add(body);
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failing) {
                throw new IngestRefusedException(HttpStatus.SERVICE_UNAVAILABLE, "readings", "not committed");
            }
            taken.add(body);
        }
    }
}
