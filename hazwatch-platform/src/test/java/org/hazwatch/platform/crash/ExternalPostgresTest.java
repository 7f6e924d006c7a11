package org.hazwatch.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.support.TcpPorts;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, must show: the platform against a real PostgreSQL server process, not the embedded one — registry
 * import, ingest, an alarm, a restart of the platform: all work. Then {@code ./hazwatch backup} of that server while
 * the platform runs and {@code ./hazwatch restore} into a second, empty database of it. The server is Debian's
 * {@code postgresql} started by the test ({@link ExternalPostgres}); skipped, saying so, without it.
 */
class ExternalPostgresTest {

    private static final Duration START = Duration.ofMinutes(5);
    private static final String ROLE = "hazwatch";
    private static final String PASSWORD = "external-pg-test-5";

    @TempDir
    Path dir;

    @Test
    void importIngestAlarmAndRestartWorkOnASeparatelyRunPostgresqlServer() throws Exception {
        try (ExternalPostgres server = ExternalPostgres.startOrSkip()) {
            String suffix = Long.toString(System.nanoTime() % 1_000_000);
            String url = server.createDatabase("hazwatch_" + suffix, ROLE, PASSWORD);
            Path logFile = Path.of("target", "backup", "external-" + UUID.randomUUID() + ".log").toAbsolutePath();
            Files.createDirectories(logFile.getParent());
            ChildPlatform platform = new ChildPlatform(dir.resolve("data"), logFile, TcpPorts.anyFree(),
                    TcpPorts.anyFree()).onDatabase(url, ROLE, PASSWORD);
            try {
                platform.start(START);
                assertThat(platform.log()).doesNotContain("embedded PostgreSQL listening");
                assertThat(Files.exists(dir.resolve("data").resolve("pg"))).as("no embedded database").isFalse();

                LoadGateway gateway = LoadGateway.imported(platform, "14052599301");
                gateway.startLoad(1, false);
                await().atMost(Duration.ofMinutes(3)).until(() -> gateway.acknowledgedCount() >= 20);
                gateway.stopLoad();
                raiseAlarm(platform, gateway);

                platform.stop();
                platform.start(START);

                Set<Instant> stored = BackupWhileIngestingTest.stored(platform, gateway.levelPoint);
                assertThat(gateway.acknowledged.stream().flatMap(batch -> batch.times().stream()))
                        .as("every acknowledged reading, after the restart").allMatch(stored::contains);
                assertThat(alarms(platform, gateway.gasPoint)).as("the alarm, after the restart").isEqualTo(1);
                LoadGateway.Sent more = gateway.nextBatch("http");
                assertThat(gateway.post(more.body()).statusCode()).as("ingest after the restart").isEqualTo(200);

                HazwatchCommand backup = HazwatchCommand.run(dir, "backup", dir.resolve("external.zip").toString(),
                        "--hazwatch.data-dir=" + dir.resolve("data"), "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + ROLE, "--spring.datasource.password=" + PASSWORD);
                assertThat(backup.exit()).as(backup.output()).isZero();
                assertThat(backup.output()).contains("external PostgreSQL");

                String restoredUrl = server.createDatabase("hazwatch_restored_" + suffix, ROLE, PASSWORD);
                HazwatchCommand restore = HazwatchCommand.run(dir, "restore", dir.resolve("external.zip").toString(),
                        "--hazwatch.data-dir=" + dir.resolve("restored"), "--spring.datasource.url=" + restoredUrl,
                        "--spring.datasource.username=" + ROLE, "--spring.datasource.password=" + PASSWORD);
                assertThat(restore.exit()).as(restore.output()).isZero();
                assertThat(count(restoredUrl, gateway.levelPoint)).as("readings in the restored database")
                        .isEqualTo(count(url, gateway.levelPoint)).isEqualTo(stored.size() + more.times().size());
                System.out.printf("external PostgreSQL %s: %d readings, an alarm, a restart; backed up and restored%n",
                        server.version(), stored.size() + more.times().size());
            } finally {
                platform.stop();
            }
        }
    }

    private static void raiseAlarm(ChildPlatform platform, LoadGateway gateway) throws Exception {
        Instant now = Instant.now().minusSeconds(1);
        byte[] body = WireJson.encode(new ReadingBatch(gateway.enterprise, gateway.gateway,
                UUID.randomUUID().toString(), List.of(new Reading(gateway.gasPoint,
                now.atOffset(ZoneOffset.ofHours(8)), 5.0, Quality.GOOD))));
        assertThat(gateway.post(body).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> alarms(platform, gateway.gasPoint) == 1);
    }

    private static int alarms(ChildPlatform platform, String point) throws Exception {
        try (Connection db = platform.database(); PreparedStatement query = db.prepareStatement(
                "SELECT count(*) FROM alarm_episode WHERE point_code = ?")) {
            query.setString(1, point);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static long count(String url, String point) throws Exception {
        try (Connection db = DriverManager.getConnection(url, ROLE, PASSWORD); PreparedStatement query =
                db.prepareStatement("SELECT count(*) FROM reading WHERE point_code = ?")) {
            query.setString(1, point);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
