package org.hazwatch.platform.crash;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.support.TcpPorts;

/**
 * A PostgreSQL server process of its own, not the embedded one (issue 20): Debian's {@code postgresql} package,
 * initialised by {@code initdb} in a temporary directory and started by {@code pg_ctl} on a free port (as the user
 * {@code postgres} when this runs as root: PostgreSQL refuses root), stopped by {@link #close()}. Or, when
 * {@code HAZWATCH_TEST_POSTGRES_URL} names a reachable server (with {@code HAZWATCH_TEST_POSTGRES_USER} and
 * {@code _PASSWORD} of a role that may create roles and databases), that one. Skips the test, saying so, when neither.
 */
final class ExternalPostgres implements AutoCloseable {

    private final Path bin;
    private final Path root;
    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;
    private final String version;

    private ExternalPostgres(Path bin, Path root, String host, int port, String adminUser, String adminPassword)
            throws SQLException {
        this.bin = bin;
        this.root = root;
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        try (Connection admin = admin(); Statement statement = admin.createStatement();
             var row = statement.executeQuery("SHOW server_version")) {
            row.next();
            this.version = row.getString(1);
        }
    }

    static ExternalPostgres startOrSkip() throws Exception {
        String url = System.getenv("HAZWATCH_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
            return new ExternalPostgres(null, null, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                    System.getenv().getOrDefault("HAZWATCH_TEST_POSTGRES_USER", "postgres"),
                    System.getenv().getOrDefault("HAZWATCH_TEST_POSTGRES_PASSWORD", ""));
        }
        Optional<Path> bin = PostgresClients.serverBin();
        assumeTrue(bin.isPresent(), "no PostgreSQL server installed (apt-get install postgresql) and no "
                + "HAZWATCH_TEST_POSTGRES_URL: the external-PostgreSQL test is skipped");
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(!root || Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(
                Path.of("/sbin/runuser")), "running as root without runuser: cannot start PostgreSQL as postgres");
        Path dir = Files.createTempDirectory("hazwatch-external-pg-");
        int port = TcpPorts.anyFree();
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        Path data = dir.resolve("data");
        run(List.of(bin.get().resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"), root);
        run(List.of(bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "120", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start"), root);
        return new ExternalPostgres(bin.get(), dir, "127.0.0.1", port, "postgres", "");
    }

    /** Creates a role and a database it owns, as docs/BACKUP.md says to; answers the platform's JDBC URL. */
    String createDatabase(String database, String role, String password) throws SQLException {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                    + "') THEN CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'; END IF; END $$");
            statement.execute("CREATE DATABASE " + database + " OWNER " + role + " ENCODING 'UTF8'");
        }
        return url(database);
    }

    String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    String version() {
        return version;
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(url("postgres"), adminUser, adminPassword);
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        if (asPostgres) {
            full.addAll(0, List.of("runuser", "-u", "postgres", "--"));
        }
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
        }
    }

    @Override
    public void close() throws Exception {
        if (bin == null) {
            return;
        }
        boolean rootUser = "root".equals(System.getProperty("user.name"));
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", root.resolve("data").toString(), "-m", "fast", "-w",
                "stop"), rootUser);
        run(List.of("rm", "-rf", root.toString()), false);
    }
}
