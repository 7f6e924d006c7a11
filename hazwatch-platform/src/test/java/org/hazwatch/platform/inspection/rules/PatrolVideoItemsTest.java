package org.hazwatch.platform.inspection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;

class PatrolVideoItemsTest {

    private static final ZoneId SHANGHAI = BeijingTime.ZONE;
    private static final Instant NOW = Instant.parse("2026-03-02T03:30:00Z"); // 11:30 local
    private static final Instant AT_0912 = Instant.parse("2026-03-02T01:12:00Z");

    private static VideoFacts.Camera online(String code, String name) {
        return new VideoFacts.Camera(code, name, true, NOW, false);
    }

    private static VideoFacts.Camera offline(String code, String name, Instant lastSeen, boolean filed) {
        return new VideoFacts.Camera(code, name, false, lastSeen, filed);
    }

    private static PrefilledItem video(VideoFacts.Camera... cameras) {
        return PatrolPrefill.videoOnline(new VideoFacts(List.of(cameras), List.of()), NOW, SHANGHAI);
    }

    private static PrefilledItem duty(VideoFacts.DutyAbsence... absences) {
        return PatrolPrefill.dutyRoom(new VideoFacts(List.of(online("C01", "值班室")), List.of(absences)), NOW,
                SHANGHAI);
    }

    @Test
    void allCamerasOnlineIsNormal() {
        assertThat(video(online("C01", "值班室"), online("C02", "罐区"))).isEqualTo(new PrefilledItem(
                PatrolItem.VIDEO_ONLINE, PatrolResult.NORMAL, "摄像头 2/2 在线"));
    }

    @Test
    void aCameraOfflineAndNotFiledIsAbnormalAndNamed() {
        PrefilledItem item = video(online("C01", "值班室"), offline("C02", "罐区", AT_0912, false),
                offline("C03", "东门", null, true));
        assertThat(item.result()).isEqualTo(PatrolResult.ABNORMAL);
        assertThat(item.evidence()).isEqualTo("摄像头 1/3 在线，未报备离线：罐区（C02）离线自 09:12；已报备：东门（C03）从未上报");
    }

    @Test
    void offlineCamerasAllFiledAreNormalAndNamed() {
        PrefilledItem item = video(online("C01", "值班室"), offline("C02", "罐区", AT_0912, true));
        assertThat(item.result()).isEqualTo(PatrolResult.NORMAL);
        assertThat(item.evidence()).isEqualTo("摄像头 1/2 在线，离线均已报备：罐区（C02）离线自 09:12");
    }

    @Test
    void withoutCamerasVideoAndTheDutyRoomAreNotCheckable() {
        assertThat(PatrolPrefill.videoOnline(VideoFacts.NONE, NOW, SHANGHAI).result())
                .isEqualTo(PatrolResult.NOT_CHECKABLE);
        assertThat(PatrolPrefill.dutyRoom(VideoFacts.NONE, NOW, SHANGHAI).result())
                .isEqualTo(PatrolResult.NOT_CHECKABLE);
    }

    @Test
    void anAbsenceOfMoreThanTenMinutesIsAbnormalWithItsTimes() {
        PrefilledItem item = duty(new VideoFacts.DutyAbsence("C01", AT_0912, AT_0912.plusSeconds(11 * 60)),
                new VideoFacts.DutyAbsence("C01", AT_0912.minusSeconds(3600), AT_0912.minusSeconds(3600 - 120)));
        assertThat(item.result()).isEqualTo(PatrolResult.ABNORMAL);
        assertThat(item.evidence()).isEqualTo("今日值班室脱岗超过 10 分钟：09:12–09:23（11 分钟，C01）");
    }

    @Test
    void anAbsenceOfExactlyTenMinutesIsNoFindingButNamed() {
        PrefilledItem item = duty(new VideoFacts.DutyAbsence("C01", AT_0912, AT_0912.plusSeconds(10 * 60)));
        assertThat(item.result()).isEqualTo(PatrolResult.NORMAL);
        assertThat(item.evidence()).isEqualTo("今日短时脱岗（未超过 10 分钟）：09:12–09:22（10 分钟，C01）");
    }

    @Test
    void noAbsenceIsNormal() {
        assertThat(duty()).isEqualTo(new PrefilledItem(PatrolItem.DUTY_ROOM_ATTENDED, PatrolResult.NORMAL,
                "今日未发现值班室脱岗"));
    }
}
