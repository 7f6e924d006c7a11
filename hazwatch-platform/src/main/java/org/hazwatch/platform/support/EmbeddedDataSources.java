package org.hazwatch.platform.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A Hikari pool over the embedded server, with the same settings a configured datasource gets. */
final class EmbeddedDataSources {

    private EmbeddedDataSources() {
    }

    static HikariDataSource pooled(EmbeddedPostgres postgres, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hazwatch-embedded");
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        return new HikariDataSource(config);
    }
}
