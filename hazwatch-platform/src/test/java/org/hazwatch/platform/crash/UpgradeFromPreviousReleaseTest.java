package org.hazwatch.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.support.TcpPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: a database written by the previous release starts under this one. The backup in
 * {@code src/test/resources/upgrade/} was made from a database the platform of commit {@code e8170c3} wrote (Flyway
 * up to V1250; its README says how); it is restored with {@code ./hazwatch restore} into a new data directory and
 * the platform started on it: Flyway applies the migrations that came later (V1400, V1500, …), and the enterprise,
 * its readings and its alarm are there and served.
 */
class UpgradeFromPreviousReleaseTest {

    private static final String ENTERPRISE = "14052500817";
    private static final String LEVEL_POINT = ENTERPRISE + "001G0001YW001";
    private static final String FIXTURE_ADMIN_PASSWORD = "upgrade-fixture-admin-7";

    @TempDir
    Path dir;

    @Test
    void theDatabaseOfThePreviousReleaseStartsUnderThisOneWithItsDataAndTheNewMigrationsApplied() throws Exception {
        PostgresClients.assumeInstalled();
        Path backup = dir.resolve("hazwatch-e8170c3.zip");
        try (InputStream fixture = getClass().getResourceAsStream("/upgrade/hazwatch-e8170c3.zip")) {
            assertThat(fixture).as("the previous release's backup in the test resources").isNotNull();
            Files.copy(fixture, backup);
        }
        HazwatchCommand restore = HazwatchCommand.run(dir, "restore", backup.toString(),
                "--hazwatch.data-dir=" + dir.resolve("data"));
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Flyway version 1250");

        Path logFile = Path.of("target", "backup", "upgrade-" + UUID.randomUUID() + ".log").toAbsolutePath();
        Files.createDirectories(logFile.getParent());
        // its readings are of 2026-12-06: kept whatever day this runs
        ChildPlatform platform = new ChildPlatform(dir.resolve("data"), logFile, TcpPorts.anyFree(),
                TcpPorts.anyFree()).with("--hazwatch.telemetry.raw-retention=36500d");
        try {
            platform.start(Duration.ofMinutes(5));
            assertThat(platform.log()).doesNotContain(" ERROR ");
            try (Connection db = platform.database(); Statement statement = db.createStatement()) {
                List<String> applied = strings(statement, "SELECT version FROM flyway_schema_history "
                        + "WHERE success AND version IS NOT NULL");
                assertThat(applied).as("the previous release's migrations, and the new ones")
                        .contains("1", "10", "1250", "1400", "1500");
                assertThat(strings(statement, "SELECT to_regclass('quality_day')::text")).containsExactly("quality_day");
                assertThat(strings(statement, "SELECT count(*)::text FROM reading WHERE point_code = '"
                        + LEVEL_POINT + "'")).containsExactly("600");
                assertThat(strings(statement, "SELECT count(*)::text FROM alarm_episode WHERE point_code = '"
                        + LEVEL_POINT + "'")).as("the high-high alarm the previous release raised")
                        .containsExactly("1");
            }
            HttpResponse<String> enterprise = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            platform.url("/api/v1/registry/enterprises/" + ENTERPRISE))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin:" + FIXTURE_ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(enterprise.statusCode()).as(enterprise.body()).isEqualTo(200);
            assertThat(enterprise.body()).contains("晋城升级测试化工有限公司");
        } finally {
            platform.stop();
        }
    }

    private static List<String> strings(Statement statement, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
