package org.hazwatch.platform.crash;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** PostgreSQL's programs of the machine (Debian's {@code postgresql} package), for the backup tests (issue 20). */
final class PostgresClients {

    private PostgresClients() {
    }

    /** Skips the test, saying why, when {@code pg_dump}/{@code pg_restore} are not installed. */
    static void assumeInstalled() {
        assumeTrue(onPath("pg_dump") || serverBin().map(bin -> Files.isExecutable(bin.resolve("pg_dump"))).orElse(false),
                "pg_dump/pg_restore not installed (apt-get install postgresql-client): backup test skipped");
    }

    /** The newest {@code /usr/lib/postgresql/<major>/bin} holding a server ({@code initdb}, {@code pg_ctl}). */
    static Optional<Path> serverBin() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        Path newest = null;
        int newestMajor = -1;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, "[0-9]*")) {
            for (Path dir : dirs) {
                int major = Integer.parseInt(dir.getFileName().toString().replaceAll("\\D.*", ""));
                if (major > newestMajor && Files.isExecutable(dir.resolve("bin").resolve("initdb"))
                        && Files.isExecutable(dir.resolve("bin").resolve("pg_ctl"))) {
                    newest = dir.resolve("bin");
                    newestMajor = major;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(newest);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
