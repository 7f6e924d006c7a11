package org.hazwatch.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hazwatch.platform.crash.LoadGateway.Sent;
import org.hazwatch.platform.support.TcpPorts;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes under ingest load (issue 19), with the platform in a child JVM on a data directory of its own: readings go
 * in over HTTP (two gateways' worth of threads) and MQTT (QoS 1) while the platform, or its PostgreSQL, is killed
 * with SIGKILL. What was acknowledged (HTTP 200, PUBACK) must be stored exactly once afterwards; sending everything
 * again, as a gateway does with what it was not sure of, stores nothing twice. Alarms raised before the kill are
 * there once afterwards and their SMS, sent to a gateway in this JVM, reach it under one idempotency key each. A
 * database refusing writes (disk full) gets 503 and no PUBACK, never an acknowledgement of what it did not store.
 * Not timed: the machine may be slow.
 */
class PlatformCrashTest {

    private static final Duration START = Duration.ofMinutes(5);
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @TempDir
    Path dir;

    @Test
    void killedWithSigkillUnderLoadItRestartsAtOnceOnTheSameDataAndKeepsEveryAcknowledgedReadingOnce()
            throws Exception {
        // the SMS gateway answers after 3 s: the kill comes while a message is being sent
        CountingSmsGateway sms = CountingSmsGateway.started(Duration.ofSeconds(3));
        ChildPlatform platform = texting(platform(), sms);
        try {
            platform.start(START);
            LoadGateway gateway = LoadGateway.imported(platform, enterpriseCode());
            List<LoadGateway> alarmed = new ArrayList<>();
            for (int i = 0; i < ALARMED_ENTERPRISES; i++) {
                alarmed.add(LoadGateway.imported(platform, enterpriseCode()));
            }
            gateway.startLoad(2, true);
            await().atMost(Duration.ofMinutes(3)).until(() -> gateway.acknowledgedCount() >= 40
                    && gateway.acknowledgedOver("mqtt") >= 5);
            for (LoadGateway enterprise : alarmed.subList(0, ALARMED_ENTERPRISES - 1)) {
                raiseChlorineAlarm(enterprise);
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> sms.received() >= 1);
            // the last alarm's reading is committed (200) and the kill follows at once: the engine may not have
            // taken it yet, and nothing is notified of it yet
            raiseChlorineAlarm(alarmed.get(ALARMED_ENTERPRISES - 1));

            platform.kill();
            int sentBeforeTheKill = sms.received();
            Thread.sleep(500);
            gateway.stopLoad();
            assertThat(platform.postmaster()).as("the crashed platform's PostgreSQL is left running").isPresent();

            // at once, same data directory, same ports: the first try succeeds
            platform.start(START);

            assertThat(platform.log()).doesNotContain("已被其他程序占用").contains("found the embedded PostgreSQL");
            assertEveryAcknowledgedReadingStoredOnce(platform, gateway);
            assertSendingEverythingAgainStoresNothingTwice(platform, gateway);
            assertEveryAlarmOnceAndItsSmsUnderOneKey(platform, alarmed, sms, sentBeforeTheKill);
        } finally {
            platform.stop();
            sms.close();
            assertThat(platform.postmaster()).as("a normal stop stops PostgreSQL").isEmpty();
        }
    }

    @Test
    void aDatabaseRefusingWritesGets503AndNoPubackAndTheReadingsSentAgainAreStoredOnce() throws Exception {
        ChildPlatform platform = platform();
        try {
            platform.start(START);
            LoadGateway gateway = LoadGateway.imported(platform, enterpriseCode());
            try (Connection db = platform.database(); Statement sql = db.createStatement()) {
                // as a full disk answers a commit (SQLSTATE 53100), for this enterprise's readings only
                sql.execute("""
                        CREATE FUNCTION crash_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                          IF NEW.point_code = '%s' THEN
                            RAISE EXCEPTION 'could not extend file: No space left on device'
                              USING ERRCODE = 'disk_full';
                          END IF;
                          RETURN NEW;
                        END $$""".formatted(gateway.levelPoint));
                sql.execute("CREATE TRIGGER crash_disk_full BEFORE INSERT ON reading FOR EACH ROW "
                        + "EXECUTE FUNCTION crash_disk_full()");
            }
            Sent overHttp = gateway.nextBatch("http");
            Sent overMqtt = gateway.nextBatch("mqtt");

            HttpResponse<byte[]> refused = gateway.post(overHttp.body());
            boolean acknowledged = gateway.publishOnce(overMqtt.body(), Duration.ofSeconds(30));

            assertThat(refused.statusCode()).as(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(acknowledged).as("no PUBACK for a message the database did not take").isFalse();
            assertThat(stored(platform, gateway.levelPoint)).isEmpty();

            try (Connection db = platform.database(); Statement sql = db.createStatement()) {
                sql.execute("DROP TRIGGER crash_disk_full ON reading");
            }
            // the gateway sends both again, twice as it may when unsure: each reading stored once
            for (int i = 0; i < 2; i++) {
                assertThat(gateway.post(overHttp.body()).statusCode()).isEqualTo(200);
                assertThat(gateway.publishOnce(overMqtt.body(), Duration.ofSeconds(30))).isTrue();
            }
            Map<Instant, Integer> stored = stored(platform, gateway.levelPoint);
            assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.Stream.concat(overHttp.times().stream(), overMqtt.times().stream()).toList());
            assertThat(stored.values()).allMatch(count -> count == 1);
            assertThat(platform.alive()).isTrue();
        } finally {
            platform.stop();
        }
    }

    @Test
    void postgresKilledUnderLoadGives503WithRetryAfterAndThePlatformRecoversWhenItIsBackWithoutARestart()
            throws Exception {
        ChildPlatform platform = platform();
        Process postgresAgain = null;
        try {
            platform.start(START);
            LoadGateway gateway = LoadGateway.imported(platform, enterpriseCode());
            gateway.startLoad(2, true);
            await().atMost(Duration.ofMinutes(3)).until(() -> gateway.acknowledgedCount() >= 40
                    && gateway.acknowledgedOver("mqtt") >= 5);

            ProcessHandle postmaster = platform.postmaster().orElseThrow();
            List<String> command = commandLine(postmaster);
            postmaster.destroyForcibly();
            postmaster.onExit().get(30, TimeUnit.SECONDS);

            await().atMost(Duration.ofMinutes(2)).until(() -> gateway.httpStatuses.contains(503));
            assertThat(gateway.retryAfter).as("503 says when to send again").isNotEmpty();
            // while the database is down nothing is acknowledged, over HTTP (503) or MQTT (no PUBACK)
            long acknowledgedWhileDown = gateway.acknowledgedOver("http");
            Thread.sleep(3000);

            // brought back as a service manager would: the same program with the same arguments (DECISIONS.md)
            postgresAgain = restart(command, platform);
            Instant back = Instant.now();
            await().atMost(Duration.ofMinutes(3))
                    .until(() -> gateway.acknowledgedOver("http") > acknowledgedWhileDown + 20);
            Duration recovery = Duration.between(back, Instant.now());
            gateway.stopLoad();

            assertThat(platform.alive()).as("recovered without a restart").isTrue();
            assertThat(gateway.httpStatuses).as("503 while down, 200 otherwise; never 500").contains(200, 503)
                    .doesNotContain(500);
            assertEveryAcknowledgedReadingStoredOnce(platform, gateway);
            assertSendingEverythingAgainStoresNothingTwice(platform, gateway);
            assertTheAlarmEngineStillRaisesAlarms(platform, gateway);
            System.out.printf("PostgreSQL killed: %d batches acknowledged, back to 200 within %d s%n",
                    gateway.acknowledgedCount(), recovery.toSeconds());
        } finally {
            platform.stop();
            if (postgresAgain != null && postgresAgain.isAlive()) {
                postgresAgain.destroy();
                postgresAgain.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static final int ALARMED_ENTERPRISES = 4;

    /** Alarm SMS by the HTTP SMS channel to {@code sms}, dispatched every second, a crashed send taken over soon. */
    private static ChildPlatform texting(ChildPlatform platform, CountingSmsGateway sms) {
        return platform.with("hazwatch.notify.channels.sms-http.enabled", "true")
                .with("hazwatch.notify.channels.sms-http.url", sms.url())
                .with("hazwatch.notify.channels.sms-http.body", CountingSmsGateway.BODY)
                .with("hazwatch.notify.dispatch-every", "1s")
                .with("hazwatch.notify.group-window", "1s")
                .with("hazwatch.notify.lease", "15s")
                .with("hazwatch.notify.backoff.initial", "2s");
    }

    /** A chlorine reading over HH (5 ppm; HH 2, no on-delay), acknowledged: an alarm, texted to the duty phone. */
    private static void raiseChlorineAlarm(LoadGateway enterprise) {
        Instant now = Instant.now().minusSeconds(1);
        byte[] body = WireJson.encode(new ReadingBatch(enterprise.enterprise, enterprise.gateway,
                UUID.randomUUID().toString(), List.of(new Reading(enterprise.gasPoint,
                now.atOffset(ZoneOffset.ofHours(8)), 5.0, Quality.GOOD))));
        HttpResponse<byte[]> reply = enterprise.post(body);
        assertThat(reply).isNotNull();
        assertThat(reply.statusCode()).isEqualTo(200);
    }

    /**
     * Every alarm raised before the kill is there once, with one alarm notification; every SMS delivery (of the
     * alarms and of the warnings they raise) is delivered in the end; the SMS gateway saw every delivery's key and
     * no other, a key at most twice, and twice only for requests that had reached it before the kill (sent again
     * after the lease under the same key, which a gateway drops as a duplicate).
     */
    private static void assertEveryAlarmOnceAndItsSmsUnderOneKey(ChildPlatform platform, List<LoadGateway> alarmed,
            CountingSmsGateway sms, int sentBeforeTheKill) throws Exception {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (LoadGateway enterprise : alarmed) {
                assertThat(count(platform, "SELECT count(*) FROM alarm_episode WHERE point_code = ?",
                        enterprise.gasPoint)).as("alarms of %s", enterprise.gasPoint).isEqualTo(1);
                assertThat(count(platform, "SELECT count(*) FROM notification WHERE enterprise_code = ? "
                        + "AND kind = 'ALARM'", enterprise.enterprise))
                        .as("alarm notifications of %s", enterprise.enterprise).isEqualTo(1);
            }
            assertThat(smsDeliveries(platform, false)).as("SMS deliveries not delivered yet").isEmpty();
        });
        List<String> keys = smsDeliveries(platform, true);
        assertThat(keys).hasSizeGreaterThanOrEqualTo(ALARMED_ENTERPRISES);
        assertThat(sms.requestsByKey.keySet()).as("every delivery reached the gateway, nothing else did")
                .containsExactlyInAnyOrderElementsOf(keys);
        long again = sms.requestsByKey.values().stream().filter(count -> count.get() > 1).count();
        assertThat(sms.requestsByKey.values()).as("at most once again, under the same key")
                .allMatch(count -> count.get() <= 2);
        assertThat(again).as("sent again only what was in flight at the kill").isLessThanOrEqualTo(sentBeforeTheKill);
        System.out.printf("alarms: %d raised before the kill, each once; SMS: %d messages, all delivered, %d requests "
                + "before the kill, %d sent again under the same key after it%n", ALARMED_ENTERPRISES, keys.size(),
                sentBeforeTheKill, again);
    }

    /** The idempotency keys of the HTTP SMS deliveries that are, or are not yet, delivered. */
    private static List<String> smsDeliveries(ChildPlatform platform, boolean delivered) throws Exception {
        try (Connection db = platform.database(); PreparedStatement query = db.prepareStatement(
                "SELECT idempotency_key FROM delivery WHERE channel = 'sms-http' AND (state = 'DELIVERED') = ?")) {
            query.setBoolean(1, delivered);
            List<String> keys = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        }
    }

    private static int count(ChildPlatform platform, String sql, String parameter) throws Exception {
        try (Connection db = platform.database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private ChildPlatform platform() throws IOException {
        Path logFile = Path.of("target", "crash", "platform-" + UUID.randomUUID() + ".log").toAbsolutePath();
        Files.createDirectories(logFile.getParent());
        return new ChildPlatform(dir.resolve("data"), logFile, TcpPorts.anyFree(), TcpPorts.anyFree());
    }

    /** An enterprise code under 泽州县 (140525) no other test of this class uses. */
    private static String enterpriseCode() {
        return "140525" + "%05d".formatted(90_000 + SERIAL.incrementAndGet());
    }

    /**
     * Every reading acknowledged over HTTP (200) or MQTT (PUBACK), each only after its commit, is stored exactly
     * once. (With Moquette 0.17 as the embedded broker, which acknowledged a message once queued in memory, 40 of
     * 320 acknowledged over MQTT were not stored after a kill -9; the platform's own broker acknowledges after the
     * commit: DECISIONS.md, crash.)
     */
    private static void assertEveryAcknowledgedReadingStoredOnce(ChildPlatform platform, LoadGateway gateway)
            throws Exception {
        List<Instant> overHttp = times(gateway.acknowledged, "http");
        List<Instant> overMqtt = times(gateway.acknowledged, "mqtt");
        Map<Instant, Integer> stored = stored(platform, gateway.levelPoint);
        long httpLost = overHttp.stream().filter(time -> !stored.containsKey(time)).count();
        long mqttLost = overMqtt.stream().filter(time -> !stored.containsKey(time)).count();
        long doubled = stored.values().stream().filter(count -> count > 1).count();
        System.out.printf("acknowledged: %d readings over HTTP (%d of them not stored), %d over MQTT (%d of them not "
                + "stored); %d stored in all, %d twice%n", overHttp.size(), httpLost, overMqtt.size(), mqttLost,
                stored.size(), doubled);
        assertThat(overMqtt).as("MQTT was part of the load").isNotEmpty();
        assertThat(httpLost).as("readings acknowledged over HTTP and not stored").isZero();
        assertThat(mqttLost).as("readings acknowledged over MQTT and not stored").isZero();
        assertThat(doubled).as("readings stored twice").isZero();
    }

    private static List<Instant> times(List<Sent> batches, String via) {
        List<Instant> times = new ArrayList<>();
        batches.stream().filter(batch -> batch.via().equals(via)).forEach(batch -> times.addAll(batch.times()));
        return times;
    }

    /**
     * A gateway sends again what it has no answer for, and may send again what it has: nothing is doubled, and
     * then every reading sent over HTTP is stored once.
     */
    private static void assertSendingEverythingAgainStoresNothingTwice(ChildPlatform platform, LoadGateway gateway)
            throws Exception {
        // everything not acknowledged, and a sample of what was (a run may have acknowledged thousands of batches)
        List<Sent> again = new ArrayList<>(gateway.unacknowledged);
        int step = Math.max(1, gateway.acknowledged.size() / 100);
        for (int i = 0; i < gateway.acknowledged.size(); i += step) {
            again.add(gateway.acknowledged.get(i));
        }
        for (Sent batch : again) {
            HttpResponse<byte[]> reply = gateway.post(batch.body());
            assertThat(reply).isNotNull();
            assertThat(reply.statusCode()).as(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            IngestReply answer = LoadGateway.reply(reply);
            assertThat(answer.rejected()).isEmpty();
            if (batch.via().equals("http") && gateway.acknowledged.contains(batch)) {
                assertThat(answer.accepted()).as("a batch acknowledged over HTTP, sent again").isZero();
            }
        }
        List<Instant> sent = new ArrayList<>(times(gateway.acknowledged, "http"));
        sent.addAll(times(gateway.acknowledged, "mqtt"));
        sent.addAll(times(gateway.unacknowledged, "http"));
        sent.addAll(times(gateway.unacknowledged, "mqtt"));
        Map<Instant, Integer> stored = stored(platform, gateway.levelPoint);
        // with sets: a run may send a hundred thousand readings
        List<Instant> overHttp = new ArrayList<>(times(gateway.unacknowledged, "http"));
        overHttp.addAll(times(gateway.acknowledged, "http"));
        assertThat(overHttp.stream().filter(time -> !stored.containsKey(time)).count())
                .as("readings sent over HTTP and not stored").isZero();
        Set<Instant> sentTimes = new HashSet<>(sent);
        assertThat(stored.keySet().stream().filter(time -> !sentTimes.contains(time)).count())
                .as("readings stored that were never sent").isZero();
        assertThat(stored.values()).allMatch(count -> count == 1);
    }

    /** The alarm engine survived the outage: a chlorine reading over HH (2 ppm, no on-delay) raises an alarm. */
    private static void assertTheAlarmEngineStillRaisesAlarms(ChildPlatform platform, LoadGateway gateway)
            throws Exception {
        Instant now = Instant.now().minusSeconds(1);
        byte[] body = WireJson.encode(new ReadingBatch(gateway.enterprise, gateway.gateway,
                UUID.randomUUID().toString(), List.of(new Reading(gateway.gasPoint,
                now.atOffset(ZoneOffset.ofHours(8)), 5.0, Quality.GOOD))));
        assertThat(gateway.post(body).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            try (Connection db = platform.database(); PreparedStatement query = db.prepareStatement(
                    "SELECT count(*) FROM alarm_episode WHERE point_code = ?")) {
                query.setString(1, gateway.gasPoint);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1) == 1;
                }
            }
        });
    }

    private static Map<Instant, Integer> stored(ChildPlatform platform, String point)
            throws IOException, SQLException {
        Map<Instant, Integer> stored = new HashMap<>();
        try (Connection db = platform.database(); PreparedStatement query = db.prepareStatement(
                "SELECT time, count(*) FROM reading WHERE point_code = ? GROUP BY time")) {
            query.setString(1, point);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Timestamp time = rows.getTimestamp(1);
                    stored.put(time.toInstant(), rows.getInt(2));
                }
            }
        }
        return stored;
    }

    private static List<String> commandLine(ProcessHandle process) throws IOException {
        String raw = new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
                StandardCharsets.UTF_8);
        return List.of(raw.split("\0"));
    }

    /**
     * Starts PostgreSQL again with the killed postmaster's command line; the first try may meet the shared memory of
     * the old server's last backends, which leave within seconds of their postmaster's death, so it tries again.
     * The test stops it when done if the platform's own stop did not.
     */
    private static Process restart(List<String> command, ChildPlatform platform) throws Exception {
        Path log = Path.of("target", "crash", "postgres-" + UUID.randomUUID() + ".log").toAbsolutePath();
        if ("root".equals(System.getProperty("user.name"))) {
            // as root the embedded server runs in a user namespace of its own, as the platform starts it (zonky)
            command = new ArrayList<>(command);
            command.addAll(0, List.of("unshare", "-U"));
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            Process postgres = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!postgres.waitFor(5, TimeUnit.SECONDS)) {
                return postgres;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("PostgreSQL did not start again: " + Files.readString(log));
    }
}
