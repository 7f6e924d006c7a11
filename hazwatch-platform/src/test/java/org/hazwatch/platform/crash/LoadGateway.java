package org.hazwatch.platform.crash;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;

/**
 * One enterprise's gateway driving a child platform: imported through the registry API as the admin, then sending
 * signed batches over HTTP and QoS 1 messages over MQTT from threads of its own, keeping apart what the platform
 * acknowledged (HTTP 200, PUBACK) from what it did not. Every reading has a time of its own on the level point.
 */
final class LoadGateway {

    static final int READINGS_PER_BATCH = 10;

    /** A batch as sent, and how the platform answered it. */
    record Sent(byte[] body, List<Instant> times, String via) {
    }

    final String enterprise;
    final String gateway;
    final String secret;
    final String levelPoint;
    final String gasPoint;
    final List<Sent> acknowledged = new CopyOnWriteArrayList<>();
    final List<Sent> unacknowledged = new CopyOnWriteArrayList<>();
    final Set<Integer> httpStatuses = ConcurrentHashMap.newKeySet();
    final List<String> retryAfter = new CopyOnWriteArrayList<>();

    private final ChildPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicLong clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    private LoadGateway(ChildPlatform platform, String enterprise, String secret) {
        this.platform = platform;
        this.enterprise = enterprise;
        this.gateway = enterprise + "01";
        this.secret = secret;
        this.levelPoint = enterprise + "001G0001YW001";
        this.gasPoint = enterprise + "001Q0001YD001";
        // reading times a little in the past, one millisecond apart, so none is refused as from the future
        this.clock = new AtomicLong(Instant.now().minus(10, ChronoUnit.MINUTES).toEpochMilli());
    }

    /** Imports the SPEC's chlorine tank farm as enterprise {@code code} of 泽州县 (140525). */
    static LoadGateway imported(ChildPlatform platform, String code) throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        platform.url("/api/v1/registry/import"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ChildPlatform.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestEnterprises.chlorineDocument(code, "140525", "9.0")))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new AssertionError("import refused: " + reply.statusCode() + " " + reply.body());
        }
        return new LoadGateway(platform, code, JsonPath.read(reply.body(), "$.gateways[0].secret"));
    }

    /** A new batch of level readings (value in the normal band), each at a time no other batch has. */
    Sent nextBatch(String via) {
        List<Reading> readings = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < READINGS_PER_BATCH; i++) {
            Instant time = Instant.ofEpochMilli(clock.getAndIncrement());
            times.add(time);
            readings.add(new Reading(levelPoint, time.atOffset(ZoneOffset.ofHours(8)), 2.0 + i / 100.0,
                    Quality.GOOD));
        }
        byte[] body = WireJson.encode(new ReadingBatch(enterprise, gateway, UUID.randomUUID().toString(), readings));
        return new Sent(body, times, via);
    }

    /** Posts a batch; the reply, or null when there was no answer (connection refused or reset). */
    HttpResponse<byte[]> post(byte[] body) {
        long now = System.currentTimeMillis();
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.url("/api/v1/ingest/" + WireContract.READINGS))
                .timeout(Duration.ofSeconds(45)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        new RequestSigner(secret).headers(gateway, now, body).forEach(request::header);
        try {
            HttpResponse<byte[]> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            httpStatuses.add(reply.statusCode());
            reply.headers().firstValue("Retry-After").ifPresent(retryAfter::add);
            return reply;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static IngestReply reply(HttpResponse<byte[]> response) {
        return WireJson.decode(response.body(), IngestReply.class);
    }

    /** Starts {@code httpThreads} HTTP senders and, if asked, one MQTT publisher. */
    void startLoad(int httpThreads, boolean mqtt) {
        running.set(true);
        for (int t = 0; t < httpThreads; t++) {
            threads.add(started(new Thread(this::sendOverHttp, "crash-http-" + t)));
        }
        if (mqtt) {
            threads.add(started(new Thread(this::publishOverMqtt, "crash-mqtt")));
        }
    }

    private static Thread started(Thread thread) {
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    void stopLoad() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        threads.clear();
    }

    private void sendOverHttp() {
        while (running.get()) {
            Sent batch = nextBatch("http");
            HttpResponse<byte[]> reply = post(batch.body());
            (reply != null && reply.statusCode() == 200 ? acknowledged : unacknowledged).add(batch);
            if (reply == null || reply.statusCode() != 200) {
                pause(200);
            }
        }
    }

    private void publishOverMqtt() {
        Mqtt3BlockingClient client = null;
        while (running.get()) {
            try {
                if (client == null) {
                    client = MqttClient.builder().useMqttVersion3().identifier("crash-" + UUID.randomUUID())
                            .serverHost("127.0.0.1").serverPort(platform.mqttPort()).buildBlocking();
                    client.connectWith().simpleAuth().username(gateway)
                            .password(secret.getBytes(StandardCharsets.UTF_8)).applySimpleAuth().send();
                }
            } catch (RuntimeException notUp) {
                client = null;
                pause(500);
                continue;
            }
            Sent batch = nextBatch("mqtt");
            try {
                // returns once the broker has sent its PUBACK: the message is the broker's to keep
                client.publishWith().topic(WireContract.topic(enterprise, WireContract.READINGS))
                        .qos(MqttQos.AT_LEAST_ONCE).payload(batch.body()).send();
                acknowledged.add(batch);
            } catch (RuntimeException lost) {
                unacknowledged.add(batch);
                client = null;
            }
        }
        if (client != null && client.getState().isConnected()) {
            try {
                client.disconnect();
            } catch (RuntimeException ignored) {
                // the platform may be gone
            }
        }
    }

    /**
     * Publishes one batch at QoS 1 on a connection of its own and says whether the broker acknowledged it (PUBACK)
     * within {@code timeout}; a refusal (the connection closed) or silence is {@code false}.
     */
    boolean publishOnce(byte[] body, Duration timeout) {
        Mqtt3BlockingClient client = MqttClient.builder().useMqttVersion3().identifier("once-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(platform.mqttPort()).buildBlocking();
        try {
            client.connectWith().simpleAuth().username(gateway).password(secret.getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth().send();
            client.toAsync().publishWith().topic(WireContract.topic(enterprise, WireContract.READINGS))
                    .qos(MqttQos.AT_LEAST_ONCE).payload(body).send()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception refusedOrSilent) {
            return false;
        } finally {
            if (client.getState().isConnected()) {
                try {
                    client.disconnect();
                } catch (RuntimeException ignored) {
                    // closed by the broker meanwhile
                }
            }
        }
    }

    long acknowledgedOver(String via) {
        return acknowledged.stream().filter(batch -> batch.via().equals(via)).count();
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    private static void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
