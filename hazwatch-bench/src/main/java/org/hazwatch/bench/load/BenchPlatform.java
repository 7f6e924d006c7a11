package org.hazwatch.bench.load;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.hazwatch.platform.HazwatchApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform under load: started in this JVM on a throw-away embedded PostgreSQL and a free port, or one already
 * running elsewhere on this machine. The database connection, where there is one, serves the baseline.
 */
final class BenchPlatform implements AutoCloseable {

    /** How to reach the database for the baseline; empty when not given for a target platform. */
    interface Database {
        Connection connect() throws SQLException;
    }

    private final URI uri;
    private final String adminPassword;
    private final Optional<Database> database;
    private final ConfigurableApplicationContext context;

    private BenchPlatform(URI uri, String adminPassword, Optional<Database> database,
                          ConfigurableApplicationContext context) {
        this.uri = uri;
        this.adminPassword = adminPassword;
        this.database = database;
        this.context = context;
    }

    /** @param settings more {@code --name=value} settings of the platform, after the bench's own */
    static BenchPlatform inProcess(String... settings) {
        String password = "bench-" + UUID.randomUUID();
        // as arguments, which outrank the platform's application.yml (server.port 8080)
        String[] arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0",
                        "--hazwatch.mode=serve", "--hazwatch.database.ephemeral=true",
                        "--hazwatch.admin-password=" + password, "--hazwatch.mqtt.enabled=false",
                        "--logging.level.root=WARN",
                        "--logging.level.org.hazwatch=WARN", "--springdoc.api-docs.enabled=false",
                        "--springdoc.swagger-ui.enabled=false"), java.util.Arrays.stream(settings))
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HazwatchApplication.class)
                .run(arguments);
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        DataSource dataSource = context.getBean(DataSource.class);
        return new BenchPlatform(URI.create("http://127.0.0.1:" + port), password,
                Optional.of(dataSource::getConnection), context);
    }

    static BenchPlatform target(URI uri, String adminPassword, String jdbcUrl, String jdbcUser, String jdbcPassword) {
        Optional<Database> database = Optional.ofNullable(jdbcUrl)
                .map(url -> () -> DriverManager.getConnection(url, jdbcUser, jdbcPassword));
        return new BenchPlatform(uri, adminPassword, database, null);
    }

    URI uri() {
        return uri;
    }

    String adminPassword() {
        return adminPassword;
    }

    Optional<Database> database() {
        return database;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
