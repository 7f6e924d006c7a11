package org.hazwatch.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The S3 store against a real S3-compatible server (S3Proxy in its own process, signatures checked). */
class S3FilesTest {

    private static S3ProxyServer server;
    private static S3Client admin;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start();
        admin = S3Files.client(server.settings("unused"));
    }

    @AfterAll
    static void stopServer() {
        if (admin != null) {
            admin.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSnapshotIsKeptOnceByItsContentInTheBucketNotOnDiskAndReadBack() throws Exception {
        String bucket = freshBucket();
        byte[] jpeg = jpeg(7);
        try (S3Files files = new S3Files(server.settings(bucket))) {
            Attachments attachments = new Attachments(files);

            Attachments.Attachment first = attachments.store("snapshot", "烟火.jpg", jpeg);
            Attachments.Attachment again = attachments.store("snapshot", "again.jpg", jpeg.clone());

            assertThat(again.id()).isEqualTo(first.id()).hasSize(64);
            List<S3Object> objects = admin.listObjectsV2(l -> l.bucket(bucket)).contents();
            assertThat(objects).extracting(S3Object::key)
                    .containsExactly("attachments/" + first.id().substring(0, 2) + "/" + first.id());
            HeadObjectResponse head = admin.headObject(h -> h.bucket(bucket).key(objects.get(0).key()));
            assertThat(head.contentType()).isEqualTo("image/jpeg");
            assertThat(head.contentLength()).isEqualTo(jpeg.length);

            assertThat(attachments.open(first.id())).get().satisfies(c -> {
                assertThat(c.contentType()).isEqualTo("image/jpeg");
                assertThat(c.bytes()).isEqualTo(jpeg);
            });
            assertThat(attachments.open("0".repeat(64))).isEmpty();
            assertThat(attachments.open("../../etc/passwd")).isEmpty();
        }
    }

    @Test
    void refusedInputKeepsNothingInTheBucket() {
        String bucket = freshBucket();
        try (S3Files files = new S3Files(server.settings(bucket))) {
            Attachments attachments = new Attachments(files);
            assertThatThrownBy(() -> attachments.store("snapshot", "x.exe", "MZ not a photo".getBytes()))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(admin.listObjectsV2(l -> l.bucket(bucket)).contents()).isEmpty();
        }
    }

    @Test
    void aMissingBucketOrWrongKeysStopTheStartSayingWhich() {
        assertThatThrownBy(() -> new S3Files(server.settings("no-such-bucket-" + UUID.randomUUID())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not exist");

        String bucket = freshBucket();
        StorageProperties.S3 right = server.settings(bucket);
        StorageProperties.S3 wrong = new StorageProperties.S3(right.endpoint(), bucket, right.region(),
                right.accessKey(), "not-the-secret", true, right.prefix());
        assertThatThrownBy(() -> new S3Files(wrong))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("refused the keys")
                .hasMessageNotContaining("not-the-secret");
    }

    @Test
    void theBucketSettingTurnsTheS3StoreOnAndTheDataDirectoryStaysTheDefault() throws Exception {
        String bucket = freshBucket();
        byte[] jpeg = jpeg(3);
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(StorageOnly.class)
                .withPropertyValues("hazwatch.data-dir=" + dataDir);

        runner.withPropertyValues(
                        "hazwatch.storage.s3.endpoint=" + server.endpoint(),
                        "hazwatch.storage.s3.bucket=" + bucket,
                        "hazwatch.storage.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
                        "hazwatch.storage.s3.secret-key=" + S3ProxyServer.SECRET_KEY,
                        "hazwatch.storage.s3.path-style=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(StoredFiles.class)).isInstanceOf(S3Files.class);
                    String id = context.getBean(Attachments.class).store("photo", "p.jpg", jpeg).id();
                    assertThat(admin.listObjectsV2(l -> l.bucket(bucket)).contents()).hasSize(1)
                            .first().extracting(S3Object::key).asString().endsWith(id);
                });
        assertThat(dataDir.resolve("attachments")).doesNotExist();

        runner.run(context -> {
            assertThat(context.getBean(StoredFiles.class)).isInstanceOf(DiskFiles.class);
            String id = context.getBean(Attachments.class).store("photo", "p.jpg", jpeg).id();
            assertThat(dataDir.resolve("attachments").resolve(id.substring(0, 2)).resolve(id)).hasBinaryContent(jpeg);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({HazwatchProperties.class, StorageProperties.class})
    @Import({StorageConfiguration.class, Attachments.class})
    static class StorageOnly {
    }

    private static String freshBucket() {
        String bucket = "hazwatch-" + UUID.randomUUID().toString().substring(0, 8);
        admin.createBucket(c -> c.bucket(bucket));
        return bucket;
    }

    /** A real JPEG (ImageIO), different for each seed. */
    private static byte[] jpeg(int seed) throws Exception {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        image.setRGB(seed % 32, seed % 24, 0xFF3300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
