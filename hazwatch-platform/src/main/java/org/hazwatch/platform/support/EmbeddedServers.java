package org.hazwatch.platform.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * The embedded PostgreSQL of a data directory ({@code <data-dir>/pg}), as the platform starts it, and what can be
 * told about it from outside: whether a running platform holds it and on which port it listens. Used by the
 * platform's own start and by {@code ./hazwatch backup} / {@code restore} (package {@code backup}).
 */
public final class EmbeddedServers {

    private EmbeddedServers() {
    }

    /** The embedded server's directory under a data directory. */
    public static Path pgDirectory(Path dataDir) {
        return dataDir.resolve("pg").toAbsolutePath();
    }

    /**
     * Starts the embedded server on {@code pgDir} (an empty directory is initialised first), after stopping an
     * orphan a crashed platform left running there; the settings are the platform's own.
     */
    public static EmbeddedPostgres start(Path pgDir) throws IOException {
        return start(pgDir, true);
    }

    /**
     * The platform's own server: stopped by the platform's context after every engine has stopped, not by a JVM
     * shutdown hook of its own, which ran beside Spring's and stopped the database under the engines still finishing
     * (an ERROR at an ordinary stop). A platform killed without closing leaves it running: the next start stops it
     * ({@link OrphanPostgres}).
     */
    static EmbeddedPostgres startForPlatform(Path pgDir) throws IOException {
        return start(pgDir, false);
    }

    private static EmbeddedPostgres start(Path pgDir, boolean shutdownHook) throws IOException {
        Files.createDirectories(pgDir);
        OrphanPostgres.stopIfLeftRunning(pgDir);
        return builder().setDataDirectory(pgDir).setCleanDataDirectory(false).setRegisterShutdownHook(shutdownHook)
                .start();
    }

    /** A throw-away server (tests: {@code hazwatch.database.ephemeral=true}). */
    static EmbeddedPostgres startEphemeral() throws IOException {
        return builder().start();
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC")
                // zonky turns synchronous commit off; an acknowledged reading must survive a crash of the server
                .setServerConfig("synchronous_commit", "on");
    }

    /** Whether a running platform (or another program through zonky) holds the directory's lock. */
    public static boolean heldByRunningPlatform(Path pgDir) {
        Path lockFile = pgDir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileChannel channel = file.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return true;
        }
    }

    /** The port of the server running on {@code pgDir}, from its {@code postmaster.pid} (line 4). */
    public static OptionalInt runningPort(Path pgDir) {
        Path pidFile = pgDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.size() < 4 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The JDBC URL of the embedded server's database on {@code port} (user {@code postgres}, no password). */
    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }
}
