package org.hazwatch.platform.ingest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Mosquitto started by a test on a free port, configured as docs/MQTT.md tells production to: no anonymous
 * logins, a password file written with {@code mosquitto_passwd}, and an ACL file.
 */
final class MosquittoBroker implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private MosquittoBroker(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param passwords user name → password
     * @param acl       the ACL file's lines
     */
    static MosquittoBroker start(Path dir, Map<String, String> passwords, List<String> acl) throws IOException {
        Path mosquitto = MosquittoCli.require("mosquitto");
        Path passwd = MosquittoCli.require("mosquitto_passwd");
        Path passwordFile = dir.resolve("passwd");
        Files.writeString(passwordFile, "");
        passwords.forEach((user, password) -> {
            MosquittoCli.Outcome added = MosquittoCli.run(List.of(passwd.toString(), "-b", passwordFile.toString(),
                    user, password), new byte[0]);
            if (added.exitCode() != 0) {
                throw new IllegalStateException("mosquitto_passwd failed: " + added.output());
            }
        });
        Files.write(dir.resolve("acl"), acl);
        return startWithFiles(dir, passwordFile);
    }

    /** With the password file {@code passwd} and the ACL file {@code acl} already written into {@code dir}. */
    static MosquittoBroker startWithFiles(Path dir, Path passwordFile) throws IOException {
        Path mosquitto = MosquittoCli.require("mosquitto");
        int port = freePort();
        Path config = dir.resolve("mosquitto.conf");
        Files.write(config, List.of(
                "listener " + port + " 127.0.0.1",
                "allow_anonymous false",
                "password_file " + passwordFile,
                "acl_file " + dir.resolve("acl"),
                "persistence false",
                // started as root, Mosquitto would switch to user mosquitto, who cannot read the test's folder
                "user " + System.getProperty("user.name")));
        Path log = dir.resolve("mosquitto.log");
        Process process = new ProcessBuilder(new ArrayList<>(List.of(mosquitto.toString(), "-c", config.toString())))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MosquittoBroker broker = new MosquittoBroker(process, port, log);
        broker.awaitListening();
        return broker;
    }

    URI url() {
        return URI.create("tcp://127.0.0.1:" + port);
    }

    int port() {
        return port;
    }

    private void awaitListening() throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mosquitto stopped: " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("mosquitto is not listening after 10 s: " + Files.readString(log));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
