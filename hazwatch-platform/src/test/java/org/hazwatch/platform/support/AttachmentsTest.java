package org.hazwatch.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentsTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @TempDir
    Path dir;

    @Test
    void aPhotoIsKeptOnceByItsContentAndReadBackWithItsRealType() throws Exception {
        Attachments attachments = new Attachments(dir);
        Attachments.Attachment first = attachments.store("photo", "现场.jpg", JPEG);
        Attachments.Attachment again = attachments.store("photo", "other.jpg", JPEG.clone());

        assertThat(first.id()).hasSize(64).isEqualTo(again.id());
        assertThat(first.contentType()).isEqualTo("image/jpeg");
        assertThat(first.name()).isEqualTo("现场.jpg");
        assertThat(attachments.open(first.id())).get().satisfies(c -> assertThat(c.bytes()).isEqualTo(JPEG));
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }

    @Test
    void somethingThatIsNeitherAPhotoNorAPdfIsRefusedAndNothingIsKept() throws Exception {
        Attachments attachments = new Attachments(dir);

        assertThatThrownBy(() -> attachments.store("photo", "x.jpg", "<script>".getBytes()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("photo");
        assertThatThrownBy(() -> attachments.store("photo", "x.jpg", new byte[0])).isInstanceOf(InvalidInputException.class);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).count()).isZero();
        }
    }

    @Test
    void anIdThatIsNotAStoredContentHashOpensNothing() {
        Attachments attachments = new Attachments(dir);

        assertThat(attachments.open("../../etc/passwd")).isEmpty();
        assertThat(attachments.open("a".repeat(64))).isEmpty();
        assertThat(Attachments.typeOf("%PDF-1.7".getBytes())).contains("application/pdf");
    }
}
