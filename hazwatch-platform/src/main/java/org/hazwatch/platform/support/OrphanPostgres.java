package org.hazwatch.platform.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL a crashed platform left running (issue 19). The platform starts {@code postgres} as a child
 * process and stops it on a normal stop; after a kill -9 of the JVM (or an OOM kill) nothing stops it, and the next
 * start finds {@code <data-dir>/pg/postmaster.pid} naming a live postmaster: PostgreSQL then refuses a second server
 * on the same data directory and the platform cannot start.
 *
 * <p>Before the embedded database starts, this looks for such an orphan and stops it, only when it is certainly ours:
 * no other platform holds the data directory's lock ({@code epg-lock}, held by a running platform), the pid file's
 * process is alive, its program is {@code postgres} and its command line names this data directory. It is stopped
 * with that postmaster's own {@code pg_ctl stop -m fast} (a clean shutdown: checkpoint, nothing lost), or, when that
 * fails, with SIGTERM and then SIGKILL (PostgreSQL recovers from its WAL at the next start). What it did is logged.
 */
final class OrphanPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostgres.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private OrphanPostgres() {
    }

    /** Stops the orphaned postmaster of {@code dataDir}, if any; answers what it did, for the log and tests. */
    static Optional<String> stopIfLeftRunning(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        Optional<Long> pid = pid(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty(); // a stale pid file: PostgreSQL itself sees the process is gone and starts
        }
        if (!isPostmasterOf(process.get(), dataDir)) {
            log.warn("{} names process {}, which is not a postgres of this data directory; left alone", pidFile,
                    pid.get());
            return Optional.empty();
        }
        if (heldByAnotherPlatform(dataDir)) {
            log.warn("the embedded PostgreSQL {} (pid {}) belongs to a platform that is still running on {}; "
                    + "left alone", dataDir, pid.get(), dataDir.getParent());
            return Optional.empty();
        }
        String what = stop(process.get(), dataDir);
        log.warn("found the embedded PostgreSQL of {} still running as pid {} after the platform stopped without "
                + "stopping it (a crash?): {}", dataDir, pid.get(), what);
        return Optional.of(what);
    }

    private static Optional<Long> pid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostmasterOf(ProcessHandle process, Path dataDir) {
        Optional<String> command = process.info().command();
        if (command.isEmpty() || !Path.of(command.get()).getFileName().toString().equals("postgres")) {
            return false;
        }
        return commandLine(process).map(line -> line.contains(dataDir.toAbsolutePath().toString())).orElse(false);
    }

    /** The process's arguments as the kernel keeps them ({@code /proc}), NUL-separated, on Linux. */
    private static Optional<String> commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(proc)) {
                return Optional.of(new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).replace('\0', ' '));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return process.info().commandLine();
    }

    /** Whether a running platform holds the lock the embedded server takes on its data directory. */
    private static boolean heldByAnotherPlatform(Path dataDir) {
        Path lockFile = dataDir.resolve("epg-lock");
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
        } catch (IOException e) {
            return true;
        }
    }

    private static String stop(ProcessHandle postmaster, Path dataDir) {
        Path pgCtl = Path.of(postmaster.info().command().orElseThrow()).resolveSibling("pg_ctl");
        if (Files.isExecutable(pgCtl) && pgCtlStop(pgCtl, dataDir) && waitForExit(postmaster, Duration.ofSeconds(5))) {
            return "stopped it with " + pgCtl + " stop -m fast; starting it again";
        }
        postmaster.destroy();
        if (waitForExit(postmaster, STOP_TIMEOUT)) {
            return "stopped it with SIGTERM; starting it again";
        }
        postmaster.destroyForcibly();
        waitForExit(postmaster, Duration.ofSeconds(10));
        return "killed it (SIGKILL) after it did not stop in " + STOP_TIMEOUT.toSeconds() + " s; starting it again "
                + "(PostgreSQL recovers from its write-ahead log)";
    }

    private static boolean pgCtlStop(Path pgCtl, Path dataDir) {
        try {
            List<String> command = new ArrayList<>(List.of(pgCtl.toString(), "stop", "-D", dataDir.toString(), "-m",
                    "fast", "-w", "-t", Long.toString(STOP_TIMEOUT.toSeconds())));
            if ("root".equals(System.getProperty("user.name"))) {
                // PostgreSQL's programs refuse root; the embedded server runs in a user namespace then (zonky)
                command.addAll(0, List.of("unshare", "-U"));
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            boolean done = process.waitFor(STOP_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS) && process.exitValue() == 0;
            if (!done) {
                log.warn("pg_ctl stop of the orphaned PostgreSQL did not succeed: {}", output);
            }
            return done;
        } catch (IOException e) {
            log.warn("cannot run {}: {}", pgCtl, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
