package org.hazwatch.platform.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;

/** A Hikari pool over the embedded server, with the same settings a configured datasource gets. */
final class EmbeddedDataSources {

    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    private EmbeddedDataSources() {
    }

    static HikariDataSource pooled(EmbeddedPostgres postgres, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hazwatch-embedded");
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        // a database that is down is said within seconds (ingest answers 503 with Retry-After), not after Hikari's
        // 30 s default, by which time a gateway has given up on the request (issue 19)
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        return new HikariDataSource(config);
    }
}
