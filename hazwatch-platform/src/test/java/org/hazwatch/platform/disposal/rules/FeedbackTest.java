package org.hazwatch.platform.disposal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedbackTest {

    @Test
    void aFeedbackNamesItsCauseAndMeasuresAndExplainsAnOtherCause() {
        assertThat(new FeedbackForm(CauseCategory.PROCESS_FLUCTUATION, "降低进料量", null).problems()).isEmpty();
        assertThat(new FeedbackForm(null, " ", null).problems()).extracting(FeedbackForm.FieldProblem::field)
                .containsExactly("cause", "measures");
        assertThat(new FeedbackForm(CauseCategory.OTHER, "已处理", "").problems())
                .extracting(FeedbackForm.FieldProblem::field).containsExactly("text");
        assertThat(CauseCategory.INSTRUMENT_FALSE_ALARM.label()).isEqualTo("仪表误报");
    }

    @Test
    void photosAreTypedByTheirFirstBytesAndLimitedInSize() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
        assertThat(FeedbackPhoto.of(jpeg, 100).photo()).get().extracting(FeedbackPhoto::contentType)
                .isEqualTo("image/jpeg");
        assertThat(FeedbackPhoto.of(png, 100).photo()).get().extracting(FeedbackPhoto::contentType)
                .isEqualTo("image/png");
        assertThat(FeedbackPhoto.of("GIF89a".getBytes(), 100).problem()).isEqualTo("只接受 JPEG 或 PNG 照片");
        assertThat(FeedbackPhoto.of(jpeg, 5).problem()).startsWith("照片超过");
    }
}
