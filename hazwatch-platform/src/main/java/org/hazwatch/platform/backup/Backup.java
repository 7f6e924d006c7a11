package org.hazwatch.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup ({@link BackupArchive}) while the platform runs: a transaction of its own (REPEATABLE READ, read
 * only) exports its snapshot, {@code pg_dump} dumps exactly that snapshot ({@code --snapshot}), and the manifest's
 * figures are read in it too, so the file is the database as it was at one instant — every reading committed (and so
 * acknowledged) before it is in, whatever arrives meanwhile. Nothing is locked beyond what {@code pg_dump} takes
 * (ACCESS SHARE: ingest goes on; only DDL on a table waits, such as a day of readings dropped by retention).
 */
final class Backup {

    private final Database database;
    private final Path dataDir;
    private final String pgBin;
    private final PrintStream out;

    Backup(Database database, Path dataDir, String pgBin, PrintStream out) {
        this.database = database;
        this.dataDir = dataDir;
        this.pgBin = pgBin;
        this.out = out;
    }

    /** Writes {@code file} (through {@code file.part}, moved into place when complete). */
    void writeTo(Path file) throws IOException, SQLException, InterruptedException {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        out.println("备份 / backup of " + database.description() + " → " + absolute);
        Properties manifest = new Properties();
        try (Connection connection = database.connect();
             ZipOutputStream zip = new ZipOutputStream(
                     new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            String snapshot = snapshot(connection, manifest);
            int serverMajor = Integer.parseInt(manifest.getProperty("server-version-num")) / 10_000;
            PostgresTools.Program pgDump = PostgresTools.find("pg_dump", serverMajor, pgBin);
            manifest.setProperty("pg-dump-version", Integer.toString(pgDump.major()));
            out.printf("  snapshot at %s, schema at Flyway version %s, %s tables; %s %d%n",
                    manifest.getProperty("taken-at"), manifest.getProperty("flyway-version"),
                    manifest.getProperty("tables"), pgDump.path(), pgDump.major());

            zip.setLevel(Deflater.NO_COMPRESSION); // the custom format is compressed already
            zip.putNextEntry(new ZipEntry(BackupArchive.DUMP));
            long dumpBytes = dump(pgDump, snapshot, zip, Integer.parseInt(manifest.getProperty("tables")));
            zip.closeEntry();
            connection.commit();
            manifest.setProperty("dump-bytes", Long.toString(dumpBytes));

            zip.setLevel(Deflater.BEST_SPEED);
            int attachments = attachments(zip);
            manifest.setProperty("attachments", Integer.toString(attachments));

            zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
            zip.write(BackupArchive.manifest(manifest));
            zip.closeEntry();
        } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.printf("完成 / done: %s (%s): the database as of %s, %s attachments%n", absolute,
                BackupArchive.mebibytes(Files.size(absolute)), manifest.getProperty("taken-at"),
                manifest.getProperty("attachments"));
    }

    /** Exports this transaction's snapshot and reads the manifest's figures in it. */
    private String snapshot(Connection connection, Properties manifest) throws SQLException {
        String snapshot;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery(
                    "select pg_export_snapshot(), now(), current_setting('server_version_num'), version()")) {
                row.next();
                snapshot = row.getString(1);
                manifest.setProperty("format", BackupArchive.FORMAT);
                manifest.setProperty("taken-at",
                        row.getTimestamp(2).toInstant().truncatedTo(ChronoUnit.MILLIS).toString());
                manifest.setProperty("server-version-num", row.getString(3));
                manifest.setProperty("server-version", row.getString(4));
            }
            manifest.setProperty("source", database.embedded() ? "embedded" : "external");
            manifest.setProperty("written-at", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            try (ResultSet row = statement.executeQuery("""
                    select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema')
                      and n.nspname not like 'pg\\_%'""")) {
                row.next();
                manifest.setProperty("tables", Long.toString(row.getLong(1)));
            }
            manifest.setProperty("flyway-version", "none");
            manifest.setProperty("flyway-migrations", "0");
            try (ResultSet row = statement.executeQuery("select to_regclass('flyway_schema_history') is not null")) {
                row.next();
                if (!row.getBoolean(1)) {
                    return snapshot;
                }
            }
            try (ResultSet row = statement.executeQuery("""
                    select (select version from flyway_schema_history where success and version is not null
                            order by string_to_array(version, '.')::int[] desc limit 1),
                           (select count(*) from flyway_schema_history where success and version is not null)""")) {
                row.next();
                manifest.setProperty("flyway-version", String.valueOf(row.getString(1)));
                manifest.setProperty("flyway-migrations", Long.toString(row.getLong(2)));
            }
        }
        return snapshot;
    }

    private long dump(PostgresTools.Program pgDump, String snapshot, OutputStream zip, int tables)
            throws IOException, InterruptedException {
        AtomicLong bytes = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        List<String> command = new ArrayList<>(List.of(pgDump.path().toString(), "--format=custom", "--verbose",
                "--no-password", "--snapshot=" + snapshot));
        ClientRun run = ClientRun.start(command, database.libpqEnvironment(), "dumping contents of table",
                table -> out.printf("  [%d/%d] %s · %s%n", done.incrementAndGet(), tables, table,
                        BackupArchive.mebibytes(bytes.get())));
        try (InputStream dump = run.process().getInputStream()) {
            run.process().getOutputStream().close();
            BackupArchive.copy(dump, zip, bytes::set);
        } catch (IOException e) {
            run.kill();
            throw e;
        }
        run.finish("pg_dump");
        out.printf("  database dumped: %s%n", BackupArchive.mebibytes(bytes.get()));
        return bytes.get();
    }

    /** Copies {@code <data-dir>/attachments} (not the half-written {@code .part} files). */
    private int attachments(ZipOutputStream zip) throws IOException {
        Path root = dataDir.resolve("attachments").toAbsolutePath();
        if (!Files.isDirectory(root)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".part")).sorted()
                    .toList();
        }
        long bytes = 0;
        for (int i = 0; i < files.size(); i++) {
            Path path = files.get(i);
            String name = root.relativize(path).toString().replace('\\', '/');
            zip.putNextEntry(new ZipEntry(BackupArchive.ATTACHMENTS + name));
            bytes += Files.copy(path, zip);
            zip.closeEntry();
            if ((i + 1) % 100 == 0 || i + 1 == files.size()) {
                out.printf("  attachments: %d/%d · %s%n", i + 1, files.size(), BackupArchive.mebibytes(bytes));
            }
        }
        return files.size();
    }
}
