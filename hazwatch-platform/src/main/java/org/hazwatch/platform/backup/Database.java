package org.hazwatch.platform.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import org.hazwatch.platform.support.EmbeddedServers;

/**
 * The database a backup reads or a restore writes, as {@code serve} would use it: the configured
 * {@code spring.datasource.url} (with its username and password), else the embedded server of the data directory —
 * the running platform's (its port from {@code postmaster.pid}) or, when no platform runs on it, one started here and
 * stopped by {@link #close()}.
 */
final class Database implements AutoCloseable {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String description;
    private final boolean embedded;
    private final EmbeddedPostgres startedHere;

    private Database(String jdbcUrl, String user, String password, String description, boolean embedded,
                     EmbeddedPostgres startedHere) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password == null ? "" : password;
        this.description = description;
        this.embedded = embedded;
        this.startedHere = startedHere;
    }

    static Database external(String jdbcUrl, String user, String password) {
        return new Database(jdbcUrl, user, password, "external PostgreSQL " + withoutQuery(jdbcUrl), false, null);
    }

    /**
     * The embedded database of {@code dataDir}.
     *
     * @param whileRunning whether a running platform's server may be used (a backup) or must not be running (a
     *                     restore)
     * @param mustExist    whether an absent database is an error (a backup) or initialised empty (a restore)
     */
    static Database embedded(Path dataDir, boolean whileRunning, boolean mustExist) throws IOException {
        Path pgDir = EmbeddedServers.pgDirectory(dataDir);
        if (EmbeddedServers.heldByRunningPlatform(pgDir)) {
            if (!whileRunning) {
                throw new IllegalStateException("a platform is running on " + dataDir.toAbsolutePath()
                        + ": stop it before restoring / 平台正在使用该数据目录，请先停止");
            }
            OptionalInt port = EmbeddedServers.runningPort(pgDir);
            if (port.isEmpty()) {
                throw new IllegalStateException("the running platform's database port is not in "
                        + pgDir.resolve("postmaster.pid"));
            }
            return new Database(EmbeddedServers.jdbcUrl(port.getAsInt()), "postgres", "",
                    "the running platform's embedded PostgreSQL (" + pgDir + ", port " + port.getAsInt() + ")",
                    true, null);
        }
        if (mustExist && !Files.exists(pgDir.resolve("PG_VERSION"))) {
            throw new IllegalStateException("no database under " + pgDir + " (is --hazwatch.data-dir right?) / "
                    + "数据目录中没有数据库");
        }
        EmbeddedPostgres server = EmbeddedServers.start(pgDir);
        return new Database(EmbeddedServers.jdbcUrl(server.getPort()), "postgres", "",
                "embedded PostgreSQL " + pgDir + " (started for this, port " + server.getPort() + ")", true, server);
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "hazwatch-backup");
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    boolean embedded() {
        return embedded;
    }

    String description() {
        return description;
    }

    /**
     * The connection as libpq's environment ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}, {@code PGUSER},
     * {@code PGPASSWORD}, the SSL settings), for {@code pg_dump} and {@code pg_restore}: no password on a command line.
     */
    Map<String, String> libpqEnvironment() {
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        int slash = rest.indexOf('/');
        String hosts = slash >= 0 ? rest.substring(0, slash) : rest;
        String database = slash >= 0 ? rest.substring(slash + 1) : "";
        StringBuilder hostList = new StringBuilder();
        StringBuilder portList = new StringBuilder();
        for (String hostPort : hosts.split(",")) {
            String host = hostPort;
            String port = "5432";
            int colon = hostPort.lastIndexOf(':');
            if (colon > hostPort.lastIndexOf(']')) {
                host = hostPort.substring(0, colon);
                port = hostPort.substring(colon + 1);
            }
            host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            hostList.append(hostList.isEmpty() ? "" : ",").append(host.isEmpty() ? "localhost" : host);
            portList.append(portList.isEmpty() ? "" : ",").append(port);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PGHOST", hostList.toString());
        env.put("PGPORT", portList.toString());
        env.put("PGDATABASE", URLDecoder.decode(database, StandardCharsets.UTF_8));
        String userName = user;
        String secret = password;
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String key = pair.substring(0, equals);
            String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            switch (key) {
                case "user" -> userName = userName == null || userName.isBlank() ? value : userName;
                case "password" -> secret = secret.isBlank() ? value : secret;
                case "sslmode" -> env.put("PGSSLMODE", value);
                case "sslrootcert" -> env.put("PGSSLROOTCERT", value);
                case "sslcert" -> env.put("PGSSLCERT", value);
                case "sslkey" -> env.put("PGSSLKEY", value);
                default -> {
                    // JDBC-only settings: nothing for libpq
                }
            }
        }
        if (userName != null && !userName.isBlank()) {
            env.put("PGUSER", userName);
        }
        env.put("PGPASSWORD", secret);
        env.put("PGAPPNAME", "hazwatch-backup");
        env.put("PGCONNECT_TIMEOUT", "30");
        return env;
    }

    private static String withoutQuery(String url) {
        int question = url.indexOf('?');
        return question < 0 ? url : url.substring(0, question);
    }

    @Override
    public void close() throws IOException {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
