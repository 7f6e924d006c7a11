package org.hazwatch.platform.video.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Base64;
import org.hazwatch.protocol.CameraCode;
import org.junit.jupiter.api.Test;

class VideoRulesTest {

    static final Instant T = Instant.parse("2026-12-06T01:00:00Z");

    @Test
    void aCameraIsOfflineTenMinutesAfterItsLastReportOrAtOnceWhenItSaysSo() {
        assertThat(CameraSilence.online(true, T, T.plus(Duration.ofMinutes(10)).minusMillis(1))).isTrue();
        assertThat(CameraSilence.online(true, T, T.plus(Duration.ofMinutes(10)))).isFalse();
        assertThat(CameraSilence.online(false, T, T.plusSeconds(1))).isFalse();
        assertThat(CameraSilence.online(true, null, T)).isFalse();
    }

    @Test
    void reportsFiveMinutesApartOrLessAreOneAbsenceAndOnlyOneLongerThanTenMinutesIsAFinding() {
        List<Instant> reports = new ArrayList<>();
        for (int m = 0; m <= 12; m += 3) {
            reports.add(T.plus(Duration.ofMinutes(m)));        // 0..12: one absence of 12 min
        }
        reports.add(T.plus(Duration.ofMinutes(30)));           // a new one after a 18-minute gap
        reports.add(T.plus(Duration.ofMinutes(40)));           // 10 min after: another, alone
        Collections.reverse(reports);

        List<DutyAbsences.Absence> all = DutyAbsences.of("C", reports);

        assertThat(all).extracting(DutyAbsences.Absence::length)
                .containsExactly(Duration.ofMinutes(12), Duration.ZERO, Duration.ZERO);
        assertThat(DutyAbsences.findings("C", reports)).singleElement()
                .satisfies(a -> assertThat(a.from()).isEqualTo(T));
        List<Instant> exactlyTen = List.of(T, T.plus(Duration.ofMinutes(5)), T.plus(Duration.ofMinutes(10)));
        assertThat(DutyAbsences.findings("C", exactlyTen)).as("10 minutes is not more than 10").isEmpty();
    }

    @Test
    void aSnapshotMustBeBase64OfAWholeJpegOfAtMostOneMebibyte() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};
        assertThat(SnapshotCheck.check(Base64.getEncoder().encodeToString(jpeg)))
                .isInstanceOf(SnapshotCheck.Jpeg.class);
        assertThat(reason(null)).contains("required");
        assertThat(reason("%%%")).contains("not base64");
        assertThat(reason(Base64.getEncoder().encodeToString("GIF89a....".getBytes()))).contains("not a JPEG");
        byte[] cut = java.util.Arrays.copyOf(jpeg, 6);
        assertThat(reason(Base64.getEncoder().encodeToString(cut))).contains("not a whole JPEG");
        byte[] big = new byte[SnapshotCheck.MAX_BYTES + 1];
        System.arraycopy(jpeg, 0, big, 0, 4);
        big[big.length - 2] = (byte) 0xFF;
        big[big.length - 1] = (byte) 0xD9;
        assertThat(reason(Base64.getEncoder().encodeToString(big))).contains("over 1024 KiB");
        assertThat(reason(Base64.getMimeEncoder().encodeToString(java.util.Arrays.copyOf(big, SnapshotCheck.MAX_BYTES))))
                .as("exactly 1 MiB, MIME line breaks and all, passes the size check").doesNotContain("over");
    }

    @Test
    void onlySmokeFireAndLeaksRaiseAlarms() {
        assertThat(java.util.Arrays.stream(VideoEventType.values()).filter(VideoEventType::raisesAlarm))
                .containsExactly(VideoEventType.SMOKE_FIRE, VideoEventType.LEAK);
        assertThat(VideoEventType.parse("smoke_fire")).isEmpty();
    }

    @Test
    void aCameraCodeBeginsWithItsEnterprisesCode() {
        assertThat(CameraCode.parse("14052500001V01")).get().extracting(c -> c.enterprise().code())
                .isEqualTo("14052500001");
        assertThat(CameraCode.parse("14052500001")).as("nothing after the enterprise").isEmpty();
        assertThat(CameraCode.parse("1405250000X V01")).isEmpty();
        assertThat(CameraCode.parse("14052500001V 01")).isEmpty();
        assertThat(CameraCode.parse("14052500001" + "x".repeat(22))).as("33 characters").isEmpty();
    }

    private static String reason(String base64) {
        return SnapshotCheck.check(base64) instanceof SnapshotCheck.Refused r ? r.reason() : "";
    }
}
