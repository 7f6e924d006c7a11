package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.hazwatch.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log is kept at least 180 days, even when a shorter retention is set (等保 2.0, issue 19). */
@PlatformTest
class AuditRetentionTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void neverDeletesEntriesYoungerThan180DaysWhateverIsSet() {
        String action = "retention.test." + System.nanoTime();
        for (int days : new int[] {100, 179, 181, 400}) {
            jdbc.sql("INSERT INTO audit_log (at, username, action) VALUES (now() - make_interval(days => :d), 't', :a)")
                    .param("d", days).param("a", action).update();
        }
        AuditRetention shortSet = new AuditRetention(jdbc,
                new HardeningSettings("'self'", Duration.ofDays(30), 5), Clock.systemUTC());
        shortSet.purge();

        assertThat(jdbc.sql("""
                SELECT extract(day FROM now() - at)::int FROM audit_log WHERE action = :a ORDER BY at DESC
                """).param("a", action).query(Integer.class).list()).containsExactly(100, 179);
    }
}
