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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Restores a backup ({@link BackupArchive}) into an empty database (a new embedded one under the data directory, or
 * the configured external one) and an empty attachments directory: {@code pg_restore} in one transaction (all or
 * nothing), objects owned by the role that restores. A database holding tables, or attachments already there, is
 * refused unless forced; forced, every table, view and sequence outside PostgreSQL's own schemas is dropped first
 * (in a transaction of its own: {@code pg_restore --clean} cannot drop a partitioned table's partitions) and the
 * attachments merged (content-addressed: the same name is the same content). The schema stays at the backup's
 * Flyway version: the platform's next start applies the newer migrations, as for any upgrade.
 */
final class Restore {

    private final Database database;
    private final Path dataDir;
    private final String pgBin;
    private final PrintStream out;

    Restore(Database database, Path dataDir, String pgBin, PrintStream out) {
        this.database = database;
        this.dataDir = dataDir;
        this.pgBin = pgBin;
        this.out = out;
    }

    /** The manifest of a backup file; fails when the file is not one. */
    static Properties manifestOf(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(BackupArchive.MANIFEST);
        if (entry == null || zip.getEntry(BackupArchive.DUMP) == null) {
            throw new IllegalStateException(file + " is not a hazwatch backup (no " + BackupArchive.MANIFEST
                    + ") / 不是 hazwatch 备份文件");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            Properties manifest = BackupArchive.manifest(in);
            if (!BackupArchive.FORMAT.equals(manifest.getProperty("format"))) {
                throw new IllegalStateException(file + " has the format " + manifest.getProperty("format")
                        + ", this release reads " + BackupArchive.FORMAT);
            }
            return manifest;
        }
    }

    void readFrom(Path file, boolean force) throws IOException, SQLException, InterruptedException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Properties manifest = manifestOf(zip, file);
            out.printf("恢复 / restore of %s (the database as of %s, Flyway version %s, %s tables, %s attachments)"
                            + " → %s%n", file.toAbsolutePath(), manifest.getProperty("taken-at"),
                    manifest.getProperty("flyway-version"), manifest.getProperty("tables"),
                    manifest.getProperty("attachments"), database.description());
            Path attachments = dataDir.resolve("attachments").toAbsolutePath();
            long relations = relations();
            boolean attachmentsThere = hasFiles(attachments);
            if ((relations > 0 || attachmentsThere) && !force) {
                throw new IllegalStateException("not empty: " + (relations > 0 ? "the database holds " + relations
                        + " tables, sequences or views" : "") + (relations > 0 && attachmentsThere ? "; " : "")
                        + (attachmentsThere ? attachments + " holds files" : "")
                        + ". Restore into an empty data directory or database, or add --force to replace what"
                        + " is there / 目标不为空；如确需覆盖请加 --force");
            }
            int dumpMajor = Integer.parseInt(manifest.getProperty("pg-dump-version", "0"));
            PostgresTools.Program pgRestore = PostgresTools.find("pg_restore", dumpMajor, pgBin);
            if (relations > 0) {
                out.printf("  --force: dropping the %d tables, sequences and views there%n", relations);
                dropEverything();
            }
            restoreDatabase(zip, pgRestore, Integer.parseInt(manifest.getProperty("tables", "0")));
            int files = restoreAttachments(zip, attachments);
            out.printf("完成 / done: %d tables, %d attachments restored; schema at Flyway version %s — the platform"
                    + " applies newer migrations when it starts%n", tables(), files, flywayVersion());
        }
    }

    private void restoreDatabase(ZipFile zip, PostgresTools.Program pgRestore, int tables)
            throws IOException, InterruptedException {
        Map<String, String> environment = database.libpqEnvironment();
        List<String> command = new ArrayList<>(List.of(pgRestore.path().toString(), "--verbose", "--no-password",
                "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                "--dbname=" + environment.get("PGDATABASE")));
        AtomicLong bytes = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        ClientRun run = ClientRun.start(command, environment, "processing data for table",
                table -> out.printf("  [%d/%d] %s · %s read%n", done.incrementAndGet(), tables, table,
                        BackupArchive.mebibytes(bytes.get())));
        try (InputStream dump = zip.getInputStream(zip.getEntry(BackupArchive.DUMP));
             OutputStream in = run.process().getOutputStream()) {
            BackupArchive.copy(dump, in, bytes::set);
        } catch (IOException e) {
            run.finish("pg_restore"); // a pg_restore that stopped on an error (a broken pipe here) says why
            throw e;
        }
        run.finish("pg_restore");
        out.printf("  database restored: %s read%n", BackupArchive.mebibytes(bytes.get()));
    }

    private int restoreAttachments(ZipFile zip, Path root) throws IOException {
        List<? extends ZipEntry> entries = Collections.list(zip.entries()).stream()
                .filter(entry -> !entry.isDirectory() && entry.getName().startsWith(BackupArchive.ATTACHMENTS))
                .toList();
        for (int i = 0; i < entries.size(); i++) {
            ZipEntry entry = entries.get(i);
            Path target = root.resolve(entry.getName().substring(BackupArchive.ATTACHMENTS.length())).normalize();
            if (!target.startsWith(root)) {
                throw new IllegalStateException("the backup names a file outside the attachments: " + entry.getName());
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if ((i + 1) % 100 == 0 || i + 1 == entries.size()) {
                out.printf("  attachments: %d/%d%n", i + 1, entries.size());
            }
        }
        return entries.size();
    }

    /** Drops every relation outside PostgreSQL's own schemas (partitions go with their table), in one transaction. */
    private void dropEverything() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            List<String> drops = new ArrayList<>();
            try (ResultSet row = statement.executeQuery("""
                    select case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
                                when 'S' then 'sequence' when 'f' then 'foreign table' else 'table' end,
                           format('%I.%I', n.nspname, c.relname)
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and not c.relispartition
                      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
                    order by c.relkind = 'S'""")) {
                while (row.next()) {
                    drops.add("drop " + row.getString(1) + " if exists " + row.getString(2) + " cascade");
                }
            }
            for (String drop : drops) {
                statement.execute(drop);
            }
            connection.commit();
        }
    }

    private static boolean hasFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(Files::isRegularFile);
        }
    }

    /** Tables, sequences and views outside PostgreSQL's own schemas. */
    private long relations() throws SQLException {
        return count("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'""");
    }

    private long tables() throws SQLException {
        return count("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema')
                  and n.nspname not like 'pg\\_%'""");
    }

    private String flywayVersion() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     select version from flyway_schema_history where success and version is not null
                     order by string_to_array(version, '.')::int[] desc limit 1""")) {
            return row.next() ? row.getString(1) : "none";
        } catch (SQLException noHistory) {
            return "none";
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
