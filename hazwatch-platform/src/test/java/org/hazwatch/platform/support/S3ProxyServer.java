package org.hazwatch.platform.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real S3-compatible server for tests: S3Proxy (Maven Central's self-contained jar, copied to
 * {@code target/s3proxy/s3proxy.jar} by the build) run as a process on a free port, with its in-memory backend and
 * AWS signature checking on. Skips the test with a message where the jar is absent (a build that skipped that step).
 */
final class S3ProxyServer implements AutoCloseable {

    static final String ACCESS_KEY = "hazwatch-test";
    static final String SECRET_KEY = "hazwatch-test-secret";

    private final Process process;
    private final Path dir;
    private final int port;

    private S3ProxyServer(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    static S3ProxyServer start() throws Exception {
        Path jar = Path.of("target/s3proxy/s3proxy.jar");
        assumeTrue(Files.isRegularFile(jar),
                "S3Proxy not found at " + jar.toAbsolutePath() + " (the build copies it in generate-test-resources)");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path dir = Files.createTempDirectory("s3proxy");
        Path conf = dir.resolve("s3proxy.conf");
        Files.writeString(conf, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=transient-nio2",
                "jclouds.identity=unused",
                "jclouds.credential=unused", ""));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx160m", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toAbsolutePath().toString(), "--properties", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("s3proxy.log").toFile())
                .start();
        S3ProxyServer server = new S3ProxyServer(process, dir, port);
        server.awaitListening();
        return server;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    StorageProperties.S3 settings(String bucket) {
        return new StorageProperties.S3(endpoint(), bucket, "us-east-1", ACCESS_KEY, SECRET_KEY, true, "attachments/");
    }

    /** Polls for the port for up to two minutes (a loaded 2-core machine starts the JVM slowly). */
    private void awaitListening() throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited: " + Files.readString(dir.resolve("s3proxy.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        close();
        throw new IllegalStateException("S3Proxy did not listen on " + port);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
