package org.hazwatch.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hazwatch.platform.support.TcpPorts;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cascade between two platforms (issue 15, docs/CASCADE.md), each a JVM of its own on its own embedded
 * PostgreSQL: the city (晋城, 140500) forwards to the province. Everything the city stored is on the province once,
 * the province's follow-up reaches the city, and neither the province stopped for 30 s nor the city killed with
 * SIGKILL while sending loses or doubles anything. Not timed beyond the issue's 10 s.
 */
class CascadeTwoPlatformsTest {

    private static final Duration START = Duration.ofMinutes(5);
    private static final String CITY = "140500";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void theCityForwardsEverythingOnceAndTheProvincesFollowUpComesBackThroughAnOutageAndAKill() throws Exception {
        ChildPlatform province = child("province");
        ChildPlatform city = child("city");
        try {
            province.start(START);
            String secret = JsonPath.read(call(province, "POST", "/api/v1/cascade/platforms",
                    "{\"code\":\"" + CITY + "\",\"name\":\"晋城市平台\",\"jurisdiction\":\"" + CITY + "\"}", 201),
                    "$.secret");
            city.with("hazwatch.cascade.upstream-url", "http://127.0.0.1:" + province.httpPort())
                    .with("hazwatch.cascade.platform-code", CITY).with("hazwatch.cascade.secret", secret)
                    .with("hazwatch.cascade.retry-max", "2s");
            city.start(START);
            LoadGateway gateway = LoadGateway.imported(city, "14052591001");
            String enterprise = gateway.enterprise;

            // 10,000 readings and an HH alarm on the city
            Instant t0 = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
            for (int batch = 0; batch < 5; batch++) {
                send(gateway, gateway.levelPoint, t0.plusMillis(batch * 2000L), 2000, 2.0);
            }
            send(gateway, gateway.gasPoint, Instant.now().minusSeconds(1), 1, 5.0);
            Instant sent = Instant.now();

            try {
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    call(province, "GET", "/api/v1/registry/enterprises/" + enterprise, null, 200);
                    assertThat(readings(province, enterprise)).isEqualTo(10_001);
                    String alarms = call(province, "GET", "/api/v1/alarms?enterprise=" + enterprise, null, 200);
                    assertThat(JsonPath.<List<String>>read(alarms, "$[?(@.severity == 'HH')].origin"))
                            .contains(CITY);
                    String warnings = call(province, "GET", "/api/v1/warnings?enterprise=" + enterprise, null, 200);
                    assertThat(JsonPath.<List<String>>read(warnings, "$.items[*].origin")).contains(CITY);
                });
            } catch (AssertionError | RuntimeException late) {
                System.out.printf("after %d ms: city status %s%nprovince readings %d, platforms %s%nalarms %s%n"
                        + "warnings %s%ncity alarms %s%ncity warnings %s%n",
                        Duration.between(sent, Instant.now()).toMillis(),
                        call(city, "GET", "/api/v1/cascade/status", null, 200), readings(province, enterprise),
                        call(province, "GET", "/api/v1/cascade/platforms", null, 200),
                        call(province, "GET", "/api/v1/alarms?enterprise=" + enterprise, null, 200),
                        call(province, "GET", "/api/v1/warnings?enterprise=" + enterprise, null, 200),
                        call(city, "GET", "/api/v1/alarms?enterprise=" + enterprise, null, 200),
                        call(city, "GET", "/api/v1/warnings?enterprise=" + enterprise, null, 200));
                throw late;
            }
            System.out.printf("cascade: enterprise, 10,001 readings, the HH alarm and its warning on the province "
                    + "%d ms after the city had them%n", Duration.between(sent, Instant.now()).toMillis());

            String warnings = call(province, "GET", "/api/v1/warnings?enterprise=" + enterprise, null, 200);
            String warningId = JsonPath.<List<String>>read(warnings, "$.items[*].id").get(0);
            String deadline = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).toString();
            call(province, "POST", "/api/v1/cascade/follow-ups", """
                    {"warningId":"%s","instruction":"省厅督办：立即核查液氯泄漏","deadline":"%s"}"""
                    .formatted(warningId, deadline), 201);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(call(city, "GET",
                    "/api/v1/warnings/" + warningId + "/timeline", null, 200))
                    .contains("省厅督办：立即核查液氯泄漏", "省级平台/admin"));

            // the province away for 30 s while the city goes on ingesting
            province.stop();
            Instant outage = Instant.now();
            Instant t1 = t0.plus(1, ChronoUnit.MINUTES);
            for (int second = 0; Duration.between(outage, Instant.now()).toSeconds() < 30; second++) {
                send(gateway, gateway.levelPoint, t1.plusMillis(second * 100L), 100, 3.0);
                Thread.sleep(1000);
            }
            province.start(START);
            assertEverythingOnceAndInOrder(city, province, enterprise);

            // the city killed with SIGKILL while it sends a backlog of 40,000 readings
            Instant t2 = t1.plus(2, ChronoUnit.MINUTES);
            long before = readings(province, enterprise);
            for (int batch = 0; batch < 20; batch++) {
                send(gateway, gateway.levelPoint, t2.plusMillis(batch * 2000L), 2000, 4.0);
            }
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                    .until(() -> readings(province, enterprise) > before);
            city.kill();
            long atTheKill = readings(province, enterprise);
            city.start(START);
            assertEverythingOnceAndInOrder(city, province, enterprise);
            System.out.printf("cascade: city killed with %d of %d readings on the province; all there after its "
                    + "restart%n", atTheKill - before, 40_000);
        } finally {
            city.stop();
            province.stop();
        }
    }

    /** Per kind, every object and every version of the city's once on the province; the readings in the same order. */
    private static void assertEverythingOnceAndInOrder(ChildPlatform city, ChildPlatform province, String enterprise)
            throws Exception {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(readings(province, enterprise)).isEqualTo(readings(city, enterprise));
            assertThat(countsPerKind(province, """
                    SELECT kind, count(DISTINCT object_id), count(*) FROM cascade_object_version
                    WHERE source_platform = '140500' GROUP BY kind"""))
                    .isEqualTo(countsPerKind(city, """
                            SELECT kind, count(DISTINCT object_id), count(*) FROM cascade_outbox GROUP BY kind"""));
        });
        Map<String, List<Long>> counts = countsPerKind(province, """
                SELECT kind, count(DISTINCT object_id), count(*) FROM cascade_object_version GROUP BY kind""");
        System.out.printf("cascade: on both platforms %d readings of %s; objects and versions per kind %s%n",
                readings(city, enterprise), enterprise, counts);
        assertThat(counts.keySet()).contains("ENTERPRISE", "ALARM", "WARNING");
        // in order: the province committed the readings in the order the city's log had them
        List<String> cityOrder = order(city, enterprise);
        List<String> provinceOrder = order(province, enterprise);
        assertThat(provinceOrder).hasSameSizeAs(cityOrder);
        Map<String, Integer> provinceRank = new HashMap<>();
        for (int i = 0; i < provinceOrder.size(); i++) {
            provinceRank.put(provinceOrder.get(i), i);
        }
        List<Integer> ranks = cityOrder.stream().map(provinceRank::get).toList();
        assertThat(ranks).isSorted();
    }

    private static void send(LoadGateway gateway, String point, Instant from, int count, double value) {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            readings.add(new Reading(point, from.plusMillis(i).atOffset(ZoneOffset.ofHours(8)), value, Quality.GOOD));
        }
        HttpResponse<byte[]> reply = gateway.post(WireJson.encode(new ReadingBatch(gateway.enterprise,
                gateway.gateway, UUID.randomUUID().toString(), readings)));
        assertThat(reply).isNotNull();
        assertThat(reply.statusCode()).as(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(LoadGateway.reply(reply).accepted()).isEqualTo(count);
    }

    private static long readings(ChildPlatform platform, String enterprise) throws Exception {
        try (Connection db = platform.database();
             PreparedStatement sql = db.prepareStatement("SELECT count(*) FROM reading WHERE point_code LIKE ?")) {
            sql.setString(1, enterprise + "%");
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The enterprise's readings as "point@time", in the order the platform's log committed them. */
    private static List<String> order(ChildPlatform platform, String enterprise) throws Exception {
        List<String> order = new ArrayList<>();
        try (Connection db = platform.database(); PreparedStatement sql = db.prepareStatement(
                "SELECT point_code, time FROM reading WHERE point_code LIKE ? ORDER BY received_at, point_code, time")) {
            sql.setString(1, enterprise + "%");
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    Timestamp time = rs.getTimestamp(2);
                    order.add(rs.getString(1) + "@" + time.toInstant());
                }
            }
        }
        return order;
    }

    private static Map<String, List<Long>> countsPerKind(ChildPlatform platform, String query) throws Exception {
        Map<String, List<Long>> counts = new TreeMap<>();
        try (Connection db = platform.database(); PreparedStatement sql = db.prepareStatement(query);
             ResultSet rs = sql.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3)));
            }
        }
        return counts;
    }

    /** An API call as the platform's admin; the reply's body after checking its status. */
    private static String call(ChildPlatform platform, String method, String path, String json, int status)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.url(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ChildPlatform.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> reply = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(method + " " + path + ": " + reply.body()).isEqualTo(status);
        return reply.body();
    }

    private ChildPlatform child(String name) throws Exception {
        Path logFile = Path.of("target", "crash", "cascade-" + name + "-" + UUID.randomUUID() + ".log")
                .toAbsolutePath();
        Files.createDirectories(logFile.getParent());
        return new ChildPlatform(dir.resolve(name), logFile, TcpPorts.anyFree(), TcpPorts.anyFree());
    }
}
