package org.hazwatch.platform.crash;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./hazwatch backup|restore …} as the script runs it: the platform's main class in a JVM of its own (this test
 * JVM's class path), with the command as its first argument (backup, issue 20).
 */
record HazwatchCommand(int exit, String output) {

    static HazwatchCommand run(Path workDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-Duser.timezone=UTC", "-cp", System.getProperty("java.class.path"),
                "org.hazwatch.platform.HazwatchApplication"));
        command.addAll(List.of(args));
        command.add("--logging.level.root=WARN");
        Path log = Files.createTempFile(workDir, "command", ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("hazwatch " + String.join(" ", args) + " did not end in 10 minutes:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.printf("hazwatch %s → exit %d%n%s%n", String.join(" ", args), process.exitValue(),
                output.length() > 4000 ? "…" + output.substring(output.length() - 4000) : output);
        return new HazwatchCommand(process.exitValue(), output);
    }
}
