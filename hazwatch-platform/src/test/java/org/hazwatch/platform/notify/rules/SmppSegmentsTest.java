package org.hazwatch.platform.notify.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmppSegmentsTest {

    @Test
    void seventyChineseCharactersFitOneMessageWithoutHeader() {
        String text = "警".repeat(70);

        List<byte[]> parts = SmppSegments.split(text, 7);

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part).hasSize(140);
            assertThat(new String(part, StandardCharsets.UTF_16BE)).isEqualTo(text);
        });
    }

    @Test
    void longerTextsBecomeSixtySevenCharacterPartsBehindAConcatenationHeader() {
        String text = "警".repeat(71);

        List<byte[]> parts = SmppSegments.split(text, 300);

        assertThat(parts).hasSize(2);
        assertThat(Arrays.copyOf(parts.get(0), 6)).containsExactly(5, 0, 3, 300 & 0xFF, 2, 1);
        assertThat(Arrays.copyOf(parts.get(1), 6)).containsExactly(5, 0, 3, 300 & 0xFF, 2, 2);
        assertThat(parts.get(0)).hasSize(6 + 134);
        assertThat(joined(parts)).isEqualTo(text);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "警".repeat(66) + "😀" + "尾".repeat(10);

        List<byte[]> parts = SmppSegments.split(text, 1);

        assertThat(new String(parts.get(0), 6, parts.get(0).length - 6, StandardCharsets.UTF_16BE))
                .isEqualTo("警".repeat(66));
        assertThat(joined(parts)).isEqualTo(text);
    }

    @Test
    void aTextTooLongForTwoHundredFiftyFivePartsIsRefused() {
        assertThatThrownBy(() -> SmppSegments.split("警".repeat(67 * 255 + 1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String joined(List<byte[]> parts) {
        StringBuilder text = new StringBuilder();
        for (byte[] part : parts) {
            text.append(new String(part, 6, part.length - 6, StandardCharsets.UTF_16BE));
        }
        return text.toString();
    }
}
