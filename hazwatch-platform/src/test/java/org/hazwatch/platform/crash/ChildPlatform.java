package org.hazwatch.platform.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The platform in a JVM of its own, on a data directory and ports that stay the same across restarts, as a
 * service manager runs it: started from this test JVM's class path (which holds the platform), killed with
 * SIGKILL ({@link Process#destroyForcibly()} on Linux) or stopped with SIGTERM, and started again.
 */
final class ChildPlatform {

    static final String ADMIN_PASSWORD = "crash-test-admin-9";

    private final Path dataDir;
    private final Path logFile;
    private final int httpPort;
    private final int mqttPort;
    private final List<String> arguments = new ArrayList<>();
    private String[] externalDatabase;
    private Process process;

    ChildPlatform(Path dataDir, Path logFile, int httpPort, int mqttPort) {
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.httpPort = httpPort;
        this.mqttPort = mqttPort;
    }

    /** Adds {@code --name=value} to every start from now on. */
    ChildPlatform with(String name, String value) {
        arguments.add("--" + name + "=" + value);
        return this;
    }

    /** Further Spring arguments for every start (backup, issue 20). */
    ChildPlatform with(String... more) {
        arguments.addAll(List.of(more));
        return this;
    }

    /** Runs it on an external PostgreSQL instead of the embedded one (backup, issue 20). */
    ChildPlatform onDatabase(String jdbcUrl, String user, String password) {
        externalDatabase = new String[] {jdbcUrl, user, password};
        return with("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    int httpPort() {
        return httpPort;
    }

    int mqttPort() {
        return mqttPort;
    }

    /** Starts it and waits until it answers its health check; fails, with its log's tail, if it stops instead. */
    void start(Duration timeout) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "org.hazwatch.platform.HazwatchApplication",
                "--hazwatch.mode=serve", "--hazwatch.data-dir=" + dataDir, "--server.port=" + httpPort,
                "--hazwatch.mqtt.host=127.0.0.1", "--hazwatch.mqtt.port=" + mqttPort,
                "--hazwatch.admin-password=" + ADMIN_PASSWORD, "--hazwatch.database.pool-size=8",
                "--logging.level.root=WARN", "--logging.level.org.hazwatch=INFO"));
        command.addAll(arguments);
        Files.writeString(logFile, "%n=== start %s ===%n".formatted(Instant.now()), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        long logStart = Files.size(logFile);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        Instant deadline = Instant.now().plus(timeout);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the platform stopped while starting (exit " + process.exitValue()
                        + "):\n" + logTail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(url("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                // this child's answer, not another program's that took the port meanwhile
                if (health.statusCode() == 200 && log().substring((int) logStart).contains("Started Hazwatch")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the platform did not start in " + timeout.toSeconds() + " s:\n" + logTail());
    }

    /** kill -9: no shutdown hook, no graceful stop; the embedded PostgreSQL it started is left running. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the normal stop. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    /** The embedded PostgreSQL's postmaster, from its pid file (line 1 pid, line 4 port). */
    Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDir.resolve("pg").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    /** A connection straight to the embedded database, for counting what was stored. */
    Connection database() throws IOException, SQLException {
        if (externalDatabase != null) {
            return DriverManager.getConnection(externalDatabase[0], externalDatabase[1], externalDatabase[2]);
        }
        List<String> pidFile = Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"));
        int port = Integer.parseInt(pidFile.get(3).trim());
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    String log() throws IOException {
        return Files.readString(logFile, StandardCharsets.UTF_8);
    }

    String logTail() {
        try {
            String all = log();
            return all.substring(Math.max(0, all.length() - 6000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
