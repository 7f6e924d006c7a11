package org.hazwatch.platform.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured the platform runs its own
 * PostgreSQL with data under {@code <data-dir>/pg}, kept across restarts. Same SQL as production.
 * With {@code hazwatch.database.ephemeral=true} (tests) it uses a throw-away directory instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(HazwatchProperties properties) throws IOException {
        EmbeddedPostgres postgres = properties.database().ephemeral()
                ? EmbeddedServers.startEphemeral()
                : EmbeddedServers.startForPlatform(EmbeddedServers.pgDirectory(properties.dataDir()));
        log.info("embedded PostgreSQL listening on port {}", postgres.getPort());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, HazwatchProperties properties) {
        return EmbeddedDataSources.pooled(postgres, properties.database().poolSize());
    }
}
