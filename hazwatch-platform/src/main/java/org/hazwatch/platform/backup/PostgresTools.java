package org.hazwatch.platform.backup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's client programs ({@code pg_dump}, {@code pg_restore}) on this machine. The embedded server's binaries
 * (zonky 2.2.2, PostgreSQL 14) carry only {@code initdb}, {@code pg_ctl} and {@code postgres}, so the client comes
 * from the system: a directory named by {@code hazwatch.backup.pg-bin}, the {@code PATH}, then Debian's
 * {@code /usr/lib/postgresql/<major>/bin} and the PGDG RPMs' {@code /usr/pgsql-<major>/bin}. Of those found, the
 * newest major version is taken; it must be at least the server's (a {@code pg_dump} refuses a newer server).
 */
final class PostgresTools {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    /** A program and its major version. */
    record Program(Path path, int major) {
    }

    private PostgresTools() {
    }

    /** The newest {@code name} found, if its major version is at least {@code minMajor}; else says what to install. */
    static Program find(String name, int minMajor, String configuredBin) {
        Optional<Program> newest = candidates(name, configuredBin).stream()
                .map(PostgresTools::versionOf).flatMap(Optional::stream)
                .max(Comparator.comparingInt(Program::major));
        if (newest.isEmpty()) {
            throw new IllegalStateException(name + " not found: install PostgreSQL's client programs, version "
                    + minMajor + " or newer (Debian/Ubuntu: apt-get install postgresql-client; RHEL: postgresql"
                    + minMajor + "), or name their directory with --hazwatch.backup.pg-bin=DIR / 未找到 " + name
                    + "，请安装 PostgreSQL 客户端 " + minMajor + " 或更新版本");
        }
        if (newest.get().major() < minMajor) {
            throw new IllegalStateException(name + " " + newest.get().major() + " (" + newest.get().path()
                    + ") is older than needed (" + minMajor + " or newer): install postgresql-client-" + minMajor
                    + " or name a newer one with --hazwatch.backup.pg-bin=DIR / " + name + " 版本过旧");
        }
        return newest.get();
    }

    private static List<Path> candidates(String name, String configuredBin) {
        Set<Path> found = new LinkedHashSet<>();
        if (configuredBin != null && !configuredBin.isBlank()) {
            found.add(Path.of(configuredBin, name));
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    found.add(Path.of(dir, name));
                }
            }
        }
        found.addAll(versioned(Path.of("/usr/lib/postgresql"), "", name));
        found.addAll(versioned(Path.of("/usr"), "pgsql-", name));
        List<Path> executable = new ArrayList<>();
        for (Path candidate : found) {
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                executable.add(candidate);
            }
        }
        return executable;
    }

    private static List<Path> versioned(Path parent, String prefix, String name) {
        List<Path> paths = new ArrayList<>();
        if (!Files.isDirectory(parent)) {
            return paths;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, prefix + "[0-9]*")) {
            dirs.forEach(dir -> paths.add(dir.resolve("bin").resolve(name)));
        } catch (IOException e) {
            // unreadable: nothing there for us
        }
        return paths;
    }

    private static Optional<Program> versionOf(Path program) {
        try {
            Process process = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            Matcher version = VERSION.matcher(output);
            return version.find() ? Optional.of(new Program(program, Integer.parseInt(version.group(1))))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
