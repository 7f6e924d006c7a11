package org.hazwatch.platform.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Mosquitto programs a test uses when the machine has them ({@code .ci/run} installs them, so CI always
 * does): {@code mosquitto}, {@code mosquitto_pub} and {@code mosquitto_passwd}.
 */
final class MosquittoCli {

    private MosquittoCli() {
    }

    /** The program's path; the test is skipped, saying why, when it is not installed. */
    static Path require(String program) {
        Optional<Path> found = find(program);
        assumeTrue(found.isPresent(), program + " is not installed (apt-get install mosquitto mosquitto-clients; "
                + ".ci/run does it): the tests against a real Mosquitto are skipped");
        return found.get();
    }

    static Optional<Path> find(String program) {
        Stream<String> path = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"));
        return Stream.concat(path, Stream.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, program)).filter(Files::isExecutable)
                .findFirst();
    }

    /** What a program did: its exit code and what it printed. */
    record Outcome(int exitCode, String output) {
    }

    /** Publishes one QoS 1 message with {@code mosquitto_pub}, the body on standard input. */
    static Outcome publish(int port, String username, String password, String topic, byte[] body) {
        return run(List.of(require("mosquitto_pub").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port),
                "-u", username, "-P", password, "-q", "1", "-t", topic, "-s"), body);
    }

    static Outcome run(List<String> command, byte[] input) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            }
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in 20 s");
            }
            return new Outcome(process.exitValue(),
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
