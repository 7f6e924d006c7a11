package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.hazwatch.platform.HazwatchApplication;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.ImportReport;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.PointCode;
import org.hazwatch.protocol.PointKind;
import org.hazwatch.sim.SyntheticPlant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Must-show of store-and-forward: the real platform goes away for a while and comes back on the same database;
 * every reading the gateway produced meanwhile is stored exactly once, in order, with no gap.
 */
class GatewayOutageTest {

    static final String ENTERPRISE = "14052500077";
    static final String GATEWAY = ENTERPRISE + "01";
    static final int POINTS = 8;
    static final Duration PERIOD = Duration.ofMillis(100);
    static final Duration LATE_AFTER = Duration.ofSeconds(3);
    static final Duration OUTAGE = Duration.ofSeconds(8);

    @TempDir
    Path dir;

    @Test
    void everyReadingProducedDuringAnOutageIsStoredOnceInOrderWithoutAGap() throws Exception {
        int port = freePort();
        ConfigurableApplicationContext platform = startPlatform(port);
        ImportReport imported = platform.getBean(Registry.class)
                .importJson(Actor.system(), importDocument().getBytes(StandardCharsets.UTF_8));
        String secret = imported.gateways().get(0).secret();

        GatewaySettings settings = new GatewaySettings(ENTERPRISE, GATEWAY, 500,
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)), Duration.ofSeconds(1), Duration.ofSeconds(2));
        Path queueDir = dir.resolve("queue");
        Gateway gateway = new Gateway(settings, ReadingQueue.open(queueDir),
                new HttpSink(URI.create("http://127.0.0.1:" + port), GATEWAY, secret, Clock.systemUTC()),
                new DeadLetters(queueDir), new PrintWriter(System.out, true), Clock.systemUTC()).start();
        SyntheticSource source = new SyntheticSource(ENTERPRISE, POINTS, PERIOD, 0, 7, Clock.systemUTC());
        List<Instant> produced = new CopyOnWriteArrayList<>();
        StopSignal sourceStop = new StopSignal();
        Thread producer = new Thread(() -> source.run(sample -> {
            gateway.accept(sample);
            produced.add(sample.get(0).time().toInstant());
        }, sourceStop), "test-source");
        producer.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.progress().sent() >= 20L * POINTS);
        platform.close();
        long queuedWhenAway = gateway.progress().produced() - gateway.progress().sent();
        Thread.sleep(OUTAGE.toMillis());
        long backlog = gateway.progress().produced() - gateway.progress().sent();
        platform = startPlatform(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.progress().sent() > queuedWhenAway + backlog / 2);
        Thread.sleep(1_000);
        sourceStop.stop();
        producer.join();
        assertThat(gateway.awaitDrained(Duration.ofSeconds(30))).isTrue();
        gateway.close();

        try {
            JdbcClient sql = JdbcClient.create(platform.getBean(DataSource.class));
            // The outage was long enough to matter: well over 5 s of samples waited on disk.
            assertThat(backlog).isGreaterThan(50L * POINTS);
            assertThat(gateway.progress().rejected()).isZero();
            assertThat(gateway.progress().deadLettered()).isZero();
            for (String point : source.pointCodes()) {
                assertStoredOnceInOrderWithoutGap(sql, point, produced);
            }
            assertLateMarksFollowThePlatformRule(sql);
        } finally {
            platform.close();
        }
    }

    private static void assertStoredOnceInOrderWithoutGap(JdbcClient sql, String point, List<Instant> produced) {
        List<Row> rows = sql.sql("SELECT time, received_at, late FROM reading WHERE point_code = ? ORDER BY time")
                .param(point)
                .query((rs, n) -> new Row(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        rs.getBoolean(3)))
                .list();
        assertThat(rows).extracting(Row::time).as(point).containsExactlyElementsOf(produced);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(Duration.between(rows.get(i - 1).time(), rows.get(i).time())).as(point).isEqualTo(PERIOD);
            // Back-fill arrived oldest first: nothing reached the platform before an older reading of its point.
            assertThat(rows.get(i).receivedAt()).as(point).isAfterOrEqualTo(rows.get(i - 1).receivedAt());
        }
    }

    /** SPEC §4 / DECISIONS: late when it arrived more than late-after (here 3 s) after its own time. */
    private static void assertLateMarksFollowThePlatformRule(JdbcClient sql) {
        List<Row> rows = sql.sql("SELECT time, received_at, late FROM reading ORDER BY time")
                .query((rs, n) -> new Row(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        rs.getBoolean(3)))
                .list();
        // received_at is the commit's time, a little after the arrival the rule judged at.
        assertThat(rows.stream().filter(Row::late))
                .allSatisfy(r -> assertThat(r.delay()).isGreaterThan(LATE_AFTER))
                .hasSizeGreaterThan(40 * POINTS);
        assertThat(rows.stream().filter(r -> !r.late()))
                .allSatisfy(r -> assertThat(r.delay()).isLessThan(LATE_AFTER.plusSeconds(2)))
                .isNotEmpty();
    }

    /** Command-line arguments, so they win over the platform's application.yml (port 8080, ./data). */
    private ConfigurableApplicationContext startPlatform(int port) {
        return new SpringApplicationBuilder(HazwatchApplication.class).run(
                "--server.port=" + port,
                "--hazwatch.data-dir=" + dir.resolve("platform"),
                "--hazwatch.database.pool-size=6",
                "--hazwatch.admin-password=gateway-test-password",
                "--hazwatch.ingest.late-after=" + LATE_AFTER.toSeconds() + "s",
                // this test sends over HTTP; the machine's own broker may hold the default MQTT port
                "--hazwatch.mqtt.enabled=false",
                "--springdoc.api-docs.enabled=false",
                "--logging.level.root=WARN",
                "--logging.level.org.hazwatch=INFO");
    }

    /** An enterprise with the synthetic plant's first {@link #POINTS} points and one gateway. */
    private static String importDocument() {
        StringBuilder points = new StringBuilder();
        List<String> codes = new SyntheticPlant(1, POINTS, 1).pointCodes(ENTERPRISE);
        for (String code : codes) {
            SyntheticPlant.MeasuringRange range = SyntheticPlant.range(PointCode.of(code).kind());
            points.append(points.isEmpty() ? "" : ",").append("""
                    {"code":"%s","name":"%s","kind":"%s","unit":"%s","rangeLow":%s,"rangeHigh":%s}"""
                    .formatted(code, "测点" + code.substring(19), PointCode.of(code).kind(),
                            unit(PointCode.of(code).kind()),
                            range.low(), range.high()));
        }
        return """
                {"enterprise":{"code":"%1$s","name":"网关测试化工有限公司","jurisdiction":"140525","address":"泽州县",
                  "lon":112.85,"lat":35.49},
                 "hazardSources":[{"code":"%1$s001","name":"合成装置","exposedPeople":10,
                   "chemicals":[{"cas":"67-56-1","name":"甲醇","quantityTonnes":600}],
                   "equipment":[{"code":"%1$s001S0001","type":"S0","name":"合成塔","points":[%2$s]}]}],
                 "gateways":[{"code":"%1$s01","name":"数采网关"}]}
                """.formatted(ENTERPRISE, points);
    }

    private static String unit(PointKind kind) {
        return switch (kind) {
            case WD -> "°C";
            case YL -> "MPa";
            case YW -> "m";
            default -> "m³/h";
        };
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    record Row(Instant time, Instant receivedAt, boolean late) {

        Duration delay() {
            return Duration.between(time, receivedAt);
        }
    }
}
