package org.hazwatch.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The datasource as {@code serve} takes it, handed to {@code pg_dump}/{@code pg_restore} as libpq's environment. */
class DatabaseTest {

    @Test
    void aJdbcUrlBecomesLibpqsEnvironmentWithThePasswordNeverOnACommandLine() {
        Map<String, String> env = Database.external("jdbc:postgresql://db.example:5433/hazwatch?sslmode=require",
                "hazwatch", "s3cret").libpqEnvironment();
        assertThat(env).containsEntry("PGHOST", "db.example").containsEntry("PGPORT", "5433")
                .containsEntry("PGDATABASE", "hazwatch").containsEntry("PGUSER", "hazwatch")
                .containsEntry("PGPASSWORD", "s3cret").containsEntry("PGSSLMODE", "require");
    }

    @Test
    void defaultPortSeveralHostsIpv6AndTheUserInTheUrl() {
        Map<String, String> env = Database.external(
                "jdbc:postgresql://a.example,[::1]:6432/hw%20db?user=ops&password=pw&ApplicationName=x", null, null)
                .libpqEnvironment();
        assertThat(env).containsEntry("PGHOST", "a.example,::1").containsEntry("PGPORT", "5432,6432")
                .containsEntry("PGDATABASE", "hw db").containsEntry("PGUSER", "ops").containsEntry("PGPASSWORD", "pw")
                .doesNotContainKey("PGSSLMODE");
    }

    @Test
    void wrongArgumentsAreRefusedWithTheUsageBeforeAnythingIsRead() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(BackupCommand.run(new String[] {"backup"}, System.out, errors)).isEqualTo(2);
        assertThat(BackupCommand.run(new String[] {"restore", "a.zip", "b.zip"}, System.out, errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FILE missing").contains("one FILE only")
                .contains("usage: ./hazwatch backup");
        assertThat(BackupCommand.handles(new String[] {"backup", "x"})).isTrue();
        assertThat(BackupCommand.handles(new String[] {"--server.port=1"})).isFalse();
    }
}
