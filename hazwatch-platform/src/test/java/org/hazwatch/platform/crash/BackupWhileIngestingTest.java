package org.hazwatch.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.crash.LoadGateway.Sent;
import org.hazwatch.platform.support.TcpPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, must show: {@code ./hazwatch backup} while readings are being ingested, {@code ./hazwatch restore} into a
 * new data directory, and the platform started on it: every reading acknowledged before the backup began is there,
 * the attachments too, and the platform starts cleanly. A second restore into the now non-empty directory is refused.
 * Needs PostgreSQL's client programs ({@code pg_dump}, {@code pg_restore}); skipped, saying so, without them.
 */
class BackupWhileIngestingTest {

    private static final Duration START = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @Test
    void aBackupTakenUnderLoadRestoresIntoANewDataDirectoryWithEveryReadingAcknowledgedBeforeItBegan()
            throws Exception {
        PostgresClients.assumeInstalled();
        ChildPlatform platform = platform("data");
        ChildPlatform restored = platform("restored");
        try {
            platform.start(START);
            LoadGateway gateway = LoadGateway.imported(platform, "14052599201");
            byte[] photo = ("%PDF-1.4 backup test " + UUID.randomUUID()).getBytes();
            Path attachment = attachment(dir.resolve("data"), photo);
            gateway.startLoad(2, false);
            await().atMost(Duration.ofMinutes(3)).until(() -> gateway.acknowledgedCount() >= 50);

            List<Sent> acknowledgedBefore = List.copyOf(gateway.acknowledged);
            Instant began = Instant.now();
            HazwatchCommand backup = HazwatchCommand.run(dir, "backup", dir.resolve("hazwatch.zip").toString(),
                    "--hazwatch.data-dir=" + dir.resolve("data"));
            long acknowledgedDuring = gateway.acknowledgedCount() - acknowledgedBefore.size();
            gateway.stopLoad();

            assertThat(backup.exit()).as(backup.output()).isZero();
            assertThat(backup.output()).as("progress per table").contains("[1/").contains("public.reading_p")
                    .contains("完成 / done");
            assertThat(acknowledgedDuring).as("ingest went on while the backup ran").isPositive();
            platform.stop();

            HazwatchCommand restore = HazwatchCommand.run(dir, "restore", dir.resolve("hazwatch.zip").toString(),
                    "--hazwatch.data-dir=" + dir.resolve("restored"));
            assertThat(restore.exit()).as(restore.output()).isZero();
            Path restoredAttachment = dir.resolve("restored").resolve(dir.resolve("data").relativize(attachment));
            assertThat(restoredAttachment).hasBinaryContent(photo);

            restored.start(START);
            assertThat(restored.log()).as("starts cleanly").doesNotContain(" ERROR ");
            Set<Instant> stored = stored(restored, gateway.levelPoint);
            long missing = acknowledgedBefore.stream().flatMap(batch -> batch.times().stream())
                    .filter(time -> !stored.contains(time)).count();
            assertThat(missing).as("readings acknowledged before the backup began, missing after the restore")
                    .isZero();
            System.out.printf("backup under load: %d batches acknowledged before it began (all restored), %d while"
                            + " it ran; %d readings in the restored database; began %s%n", acknowledgedBefore.size(),
                    acknowledgedDuring, stored.size(), began);

            restored.stop();
            HazwatchCommand again = HazwatchCommand.run(dir, "restore", dir.resolve("hazwatch.zip").toString(),
                    "--hazwatch.data-dir=" + dir.resolve("restored"));
            assertThat(again.exit()).as("a non-empty data directory is refused").isEqualTo(1);
            assertThat(again.output()).contains("not empty").contains("--force");
        } finally {
            platform.stop();
            restored.stop();
        }
    }

    private ChildPlatform platform(String dataDir) throws Exception {
        Path logFile = Path.of("target", "backup", "platform-" + UUID.randomUUID() + ".log").toAbsolutePath();
        Files.createDirectories(logFile.getParent());
        return new ChildPlatform(dir.resolve(dataDir), logFile, TcpPorts.anyFree(), TcpPorts.anyFree());
    }

    /** A file as {@code support.Attachments} keeps it: under its SHA-256, in a directory of its first two digits. */
    private static Path attachment(Path dataDir, byte[] bytes) throws Exception {
        String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Path file = dataDir.resolve("attachments").resolve(id.substring(0, 2)).resolve(id);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    static Set<Instant> stored(ChildPlatform platform, String point) throws Exception {
        Set<Instant> stored = new HashSet<>();
        try (Connection db = platform.database(); PreparedStatement query = db.prepareStatement(
                "SELECT time FROM reading WHERE point_code = ?")) {
            query.setString(1, point);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getTimestamp(1).toInstant());
                }
            }
        }
        return stored;
    }
}
