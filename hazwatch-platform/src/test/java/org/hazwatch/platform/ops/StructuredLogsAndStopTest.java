package org.hazwatch.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.support.TcpPorts;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform as a service runs it (issue 20), in a JVM of its own: asked for ECS logs on the console, an ingest
 * request's lines and an MQTT message's are JSON with the request, gateway and enterprise ids; its real
 * {@code /actuator/prometheus} counts both channels for the admin and refuses a stranger; stopped with SIGTERM
 * (systemd's stop), it ends within 30 s, cleanly: no error logged, its embedded PostgreSQL stopped with it.
 */
class StructuredLogsAndStopTest {

    static final String ADMIN_PASSWORD = "ops-test-admin-7";
    static final Duration STOP_WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void logsAnIngestRequestAsEcsJsonWithItsIdsAndStopsCleanlyWithinThirtySeconds() throws Exception {
        Path dataDir = dir.resolve("data");
        Path log = dir.resolve("platform.log");
        int httpPort = TcpPorts.anyFree();
        int mqttPort = TcpPorts.anyFree();
        Process platform = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.hazwatch.platform.HazwatchApplication", "--hazwatch.mode=serve",
                "--hazwatch.data-dir=" + dataDir, "--server.port=" + httpPort, "--hazwatch.mqtt.host=127.0.0.1",
                "--hazwatch.mqtt.port=" + mqttPort, "--hazwatch.admin-password=" + ADMIN_PASSWORD,
                "--hazwatch.database.pool-size=8", "--logging.structured.format.console=ecs",
                "--logging.level.org.hazwatch.platform.ingest=DEBUG")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI base = URI.create("http://127.0.0.1:" + httpPort);
            awaitStarted(platform, base, log);
            String enterprise = "14052580001";
            String secret = imported(base, enterprise);
            String requestId = "ops-" + UUID.randomUUID();

            assertThat(ingest(base, enterprise, secret, requestId)).isEqualTo(200);
            publish(mqttPort, enterprise, secret);

            Map<String, Object> line = awaitLine(log, l -> requestId.equals(l.get("requestId")));
            assertThat(line).containsEntry("gatewayCode", enterprise + "01").containsEntry("enterpriseCode", enterprise)
                    .containsKeys("@timestamp", "message");
            assertThat(JsonPath.<String>read(line, "$.message")).contains("over http: 1 stored");
            Map<String, Object> mqttLine = awaitLine(log, l -> l.get("message").toString().contains("over mqtt"));
            assertThat(mqttLine).containsEntry("gatewayCode", enterprise + "01")
                    .containsEntry("enterpriseCode", enterprise).containsKey("requestId");
            assertThat(mqttLine.get("requestId")).isNotEqualTo(requestId);
            assertThat(scrape(base, null).statusCode()).isEqualTo(401);
            HttpResponse<String> scrape = scrape(base, "admin:" + ADMIN_PASSWORD);
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body()).containsPattern("hazwatch_readings_accepted_total\\{channel=\"http\"} 1(\\.0)?\n")
                    .containsPattern("hazwatch_readings_accepted_total\\{channel=\"mqtt\"} 1(\\.0)?\n");

            long pid = platform.pid();
            Instant stopping = Instant.now();
            platform.destroy();
            boolean ended = platform.waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS);
            Duration took = Duration.between(stopping, Instant.now());

            assertThat(ended).as("stopped within 30 s; log:\n" + tail(log)).isTrue();
            // 143 = 128 + SIGTERM: the JVM's answer to a TERM once its shutdown hooks have run
            assertThat(platform.exitValue()).isIn(0, 143);
            assertThat(jsonLines(log)).as("nothing logged at ERROR").noneMatch(l -> "ERROR".equals(level(l)));
            assertThat(postmaster(dataDir)).as("the embedded PostgreSQL stopped with it").isEmpty();
            System.out.printf("platform %d stopped in %d ms%n", pid, took.toMillis());
        } finally {
            if (platform.isAlive()) {
                platform.destroyForcibly();
            }
            postmaster(dataDir).ifPresent(ProcessHandle::destroy);
        }
    }

    private static void awaitStarted(Process platform, URI base, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            assertThat(platform.isAlive()).as("the platform stopped while starting:\n" + tail(log)).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && Files.readString(log).contains("Started HazwatchApplication")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not started in 4 minutes:\n" + tail(log));
    }

    /** The SPEC's chlorine tank farm imported by the admin; its gateway's secret. */
    private static String imported(URI base, String enterprise) throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.resolve("/api/v1/registry/import"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestEnterprises.chlorineDocument(enterprise, "140525",
                        "9.0"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JsonPath.read(reply.body(), "$.gateways[0].secret");
    }

    private static int ingest(URI base, String enterprise, String secret, String requestId) throws Exception {
        String gateway = enterprise + "01";
        byte[] body = batch(enterprise, Instant.now());
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(WireContract.ingestPath(
                        WireContract.READINGS))).header("Content-Type", "application/json")
                .header("X-Request-Id", requestId).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        new RequestSigner(secret).headers(gateway, System.currentTimeMillis(), body).forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The gateway's batch as a QoS 1 message, returning once the broker has acknowledged it. */
    private static void publish(int mqttPort, String enterprise, String secret) {
        Mqtt3BlockingClient client = MqttClient.builder().useMqttVersion3().identifier("ops-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(mqttPort).buildBlocking();
        client.connectWith().simpleAuth().username(enterprise + "01")
                .password(secret.getBytes(StandardCharsets.UTF_8)).applySimpleAuth().send();
        client.publishWith().topic(WireContract.topic(enterprise, WireContract.READINGS)).qos(MqttQos.AT_LEAST_ONCE)
                .payload(batch(enterprise, Instant.now().minusSeconds(1))).send();
        client.disconnect();
    }

    private static HttpResponse<String> scrape(URI base, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/actuator/prometheus"));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One level reading of the enterprise's tank at {@code time}. */
    private static byte[] batch(String enterprise, Instant time) {
        return WireJson.encode(new ReadingBatch(enterprise, enterprise + "01", UUID.randomUUID().toString(),
                List.of(new Reading(enterprise + "001G0001YW001", time.atOffset(ZoneOffset.ofHours(8)), 2.0,
                        Quality.GOOD))));
    }

    /** The first JSON line of an ingest batch (its DEBUG line) that {@code matches}. */
    private static Map<String, Object> awaitLine(Path log, Predicate<Map<String, Object>> matches)
            throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            Optional<Map<String, Object>> line = jsonLines(log).stream()
                    .filter(l -> String.valueOf(l.get("message")).startsWith("batch ")).filter(matches).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no such JSON line of a batch:\n" + tail(log));
    }

    /** The log's JSON lines (the JVM may write a plain line of its own before logging starts). */
    private static List<Map<String, Object>> jsonLines(Path log) throws IOException {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("{")) {
                lines.add(JsonPath.parse(line).read("$"));
            }
        }
        return lines;
    }

    /** ECS's {@code log.level}, flat or nested. */
    private static Object level(Map<String, Object> line) {
        return line.containsKey("log.level") ? line.get("log.level")
                : line.get("log") instanceof Map<?, ?> log ? log.get("level") : null;
    }

    private static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("pg").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    private static String tail(Path log) {
        try {
            String all = Files.readString(log, StandardCharsets.UTF_8);
            return all.substring(Math.max(0, all.length() - 6000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
