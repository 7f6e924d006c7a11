package org.hazwatch.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

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
 * request's lines are JSON with the request, gateway and enterprise ids; stopped with SIGTERM (systemd's stop), it
 * ends within 30 s, cleanly: no error logged, its embedded PostgreSQL stopped with it.
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
        Process platform = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.hazwatch.platform.HazwatchApplication", "--hazwatch.mode=serve",
                "--hazwatch.data-dir=" + dataDir, "--server.port=" + httpPort, "--hazwatch.mqtt.host=127.0.0.1",
                "--hazwatch.mqtt.port=" + TcpPorts.anyFree(), "--hazwatch.admin-password=" + ADMIN_PASSWORD,
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

            Map<String, Object> line = awaitLine(log, requestId);
            assertThat(line).containsEntry("gatewayCode", enterprise + "01").containsEntry("enterpriseCode", enterprise)
                    .containsKeys("@timestamp", "message");
            assertThat(JsonPath.<String>read(line, "$.message")).contains("1 stored");

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
        byte[] body = WireJson.encode(new ReadingBatch(enterprise, gateway, UUID.randomUUID().toString(),
                List.of(new Reading(enterprise + "001G0001YW001", Instant.now().atOffset(ZoneOffset.ofHours(8)), 2.0,
                        Quality.GOOD))));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(WireContract.ingestPath(
                        WireContract.READINGS))).header("Content-Type", "application/json")
                .header("X-Request-Id", requestId).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        new RequestSigner(secret).headers(gateway, System.currentTimeMillis(), body).forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Map<String, Object> awaitLine(Path log, String requestId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            Optional<Map<String, Object>> line = jsonLines(log).stream()
                    .filter(l -> requestId.equals(l.get("requestId")) && String.valueOf(l.get("message"))
                            .startsWith("batch ")).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no JSON line of request " + requestId + ":\n" + tail(log));
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
