package org.hazwatch.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What a backup file holds (format 1): a zip of
 * <ul>
 *   <li>{@value #MANIFEST} first: the format, when the snapshot was taken, the source, the server's and
 *       {@code pg_dump}'s versions, the Flyway version of the schema, the number of tables and attachments;</li>
 *   <li>{@value #DUMP}: {@code pg_dump --format=custom} of the whole database in that snapshot (stored without
 *       compressing again: the custom format is compressed already);</li>
 *   <li>{@value #ATTACHMENTS}{@code <path>}: the files of {@code <data-dir>/attachments}, copied after the dump
 *       (content-addressed and never changed, so every attachment the dump names is there).</li>
 * </ul>
 */
final class BackupArchive {

    static final String FORMAT = "hazwatch-backup-1";
    static final String MANIFEST = "hazwatch-backup.properties";
    static final String DUMP = "database.pgdump";
    static final String ATTACHMENTS = "attachments/";

    private BackupArchive() {
    }

    static byte[] manifest(Properties properties) throws IOException {
        StringWriter text = new StringWriter();
        properties.store(text, "hazwatch backup (docs/BACKUP.md)");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Properties manifest(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        return properties;
    }

    /** Copies {@code in} to {@code out}, telling {@code progress} the running total of bytes. */
    static long copy(InputStream in, OutputStream out, java.util.function.LongConsumer progress) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            total += read;
            progress.accept(total);
        }
        return total;
    }

    static String mebibytes(long bytes) {
        return "%.1f MiB".formatted(bytes / 1024.0 / 1024.0);
    }
}
