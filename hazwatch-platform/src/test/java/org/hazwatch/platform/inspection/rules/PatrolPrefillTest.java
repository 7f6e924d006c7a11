package org.hazwatch.platform.inspection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.hazwatch.platform.commitment.rules.CommitmentStatus;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;

class PatrolPrefillTest {

    private static final ZoneId SHANGHAI = BeijingTime.ZONE;
    private static final Instant NOW = Instant.parse("2026-03-02T03:30:00Z"); // 11:30 local
    private static final Instant AT_0912 = Instant.parse("2026-03-02T01:12:00Z");

    private static PatrolFacts facts(boolean online, Instant lastHeard, List<String> filings) {
        return new PatrolFacts(online, lastHeard, filings, 0, VideoFacts.NONE, CommitmentStatus.ON_TIME, List.of(), 0, 0,
                null, 2, List.of(), filings);
    }

    private static PrefilledItem item(PatrolFacts f, PatrolItem which) {
        return PatrolPrefill.items(f, NOW, SHANGHAI).stream().filter(i -> i.item() == which).findFirst().orElseThrow();
    }

    @Test
    void anOfflineEnterpriseWithoutAFilingIsAbnormalWithSinceWhen() {
        PrefilledItem data = item(facts(false, AT_0912, List.of()), PatrolItem.DATA_ONLINE);
        assertThat(data.result()).isEqualTo(PatrolResult.ABNORMAL);
        assertThat(data.evidence()).isEqualTo("离线自 09:12，无报备");
    }

    @Test
    void anOfflineEnterpriseWithAFilingInForceIsNormalAndNamesTheFiling() {
        PrefilledItem data = item(facts(false, AT_0912, List.of("停产 至 3月3日 08:00")), PatrolItem.DATA_ONLINE);
        assertThat(data.result()).isEqualTo(PatrolResult.NORMAL);
        assertThat(data.evidence()).isEqualTo("离线自 09:12，已报备：停产 至 3月3日 08:00");
    }

    @Test
    void aFilingOfSomePointsDoesNotExcuseTheWholeEnterpriseFallingSilent() {
        PatrolFacts f = new PatrolFacts(false, AT_0912, List.of("检维修 至 3月3日 08:00"), 0, VideoFacts.NONE,
                CommitmentStatus.ON_TIME, List.of(), 0, 0, null, 2, List.of(), List.of());
        PrefilledItem data = item(f, PatrolItem.DATA_ONLINE);
        assertThat(data.result()).isEqualTo(PatrolResult.ABNORMAL);
        assertThat(data.evidence()).isEqualTo("离线自 09:12，报备未覆盖全企业（检维修 至 3月3日 08:00）");
    }

    @Test
    void anEnterpriseNeverHeardSaysSo() {
        assertThat(item(facts(false, null, List.of()), PatrolItem.DATA_ONLINE).evidence())
                .isEqualTo("离线（未收到过数据），无报备");
    }

    @Test
    void videoAndTheDutyRoomAreNotCheckableWithoutVideo() {
        PatrolFacts f = facts(true, AT_0912, List.of());
        assertThat(item(f, PatrolItem.VIDEO_ONLINE)).isEqualTo(new PrefilledItem(PatrolItem.VIDEO_ONLINE,
                PatrolResult.NOT_CHECKABLE, "无视频数据"));
        assertThat(item(f, PatrolItem.DUTY_ROOM_ATTENDED).result()).isEqualTo(PatrolResult.NOT_CHECKABLE);
        assertThat(item(f, PatrolItem.DATA_ONLINE).evidence()).isEqualTo("在线，最后数据 09:12");
    }

    @Test
    void allEightItemsComeInTheFormsOrder() {
        assertThat(PatrolPrefill.items(facts(true, null, List.of()), NOW, SHANGHAI)).extracting(PrefilledItem::item)
                .containsExactly(PatrolItem.values());
    }

    @Test
    void unacknowledgedAlarmsMissingCommitmentAndOverdueCustodyAreAbnormal() {
        PatrolFacts f = new PatrolFacts(true, NOW, List.of(), 1, VideoFacts.NONE, CommitmentStatus.MISSING,
                List.of(new WarningInHand("红色", AT_0912, false, false, true, "已推送，待签收")), 3, 2, AT_0912, 2,
                List.of("张三（主要负责人）"), List.of());
        assertThat(item(f, PatrolItem.ALARMS_ACKNOWLEDGED).evidence()).isEqualTo("未确认报警 2 条，最早 09:12");
        assertThat(item(f, PatrolItem.ALARMS_ACKNOWLEDGED).result()).isEqualTo(PatrolResult.ABNORMAL);
        assertThat(item(f, PatrolItem.COMMITMENT).result()).isEqualTo(PatrolResult.ABNORMAL);
        assertThat(item(f, PatrolItem.CUSTODY).evidence()).isEqualTo("包保履职逾期 1 项：张三（主要负责人）");
        assertThat(item(f, PatrolItem.FILINGS).result()).isEqualTo(PatrolResult.ABNORMAL);
        assertThat(item(f, PatrolItem.WARNINGS_HANDLED)).isEqualTo(new PrefilledItem(PatrolItem.WARNINGS_HANDLED,
                PatrolResult.ABNORMAL, "预警 红色 自 09:12 未签收"));
    }

    private static PrefilledItem warnings(WarningInHand... inHand) {
        return item(new PatrolFacts(true, NOW, List.of(), 0, VideoFacts.NONE, CommitmentStatus.ON_TIME, List.of(inHand), 0, 0,
                null, 2, List.of(), List.of()), PatrolItem.WARNINGS_HANDLED);
    }

    @Test
    void noWarningInHandIsNormal() {
        assertThat(warnings()).isEqualTo(new PrefilledItem(PatrolItem.WARNINGS_HANDLED, PatrolResult.NORMAL,
                "无在办预警"));
    }

    @Test
    void aWarningNotSignedForIsAbnormalAndSaysSinceWhenAndWhetherItsDeadlinePassed() {
        Instant at1005 = Instant.parse("2026-03-02T02:05:00Z");
        assertThat(warnings(new WarningInHand("橙色", at1005, false, false, true, "已推送，待签收")))
                .isEqualTo(new PrefilledItem(PatrolItem.WARNINGS_HANDLED, PatrolResult.ABNORMAL,
                        "预警 橙色 自 10:05 未签收"));
        // raised yesterday, past its sign-for deadline; a second one signed for and in time is not named
        Instant yesterday = Instant.parse("2026-03-01T08:40:00Z");
        assertThat(warnings(new WarningInHand("黄色", at1005, true, false, true, "已签收，处置中"),
                new WarningInHand("红色", yesterday, false, true, true, "已推送，待签收")))
                .isEqualTo(new PrefilledItem(PatrolItem.WARNINGS_HANDLED, PatrolResult.ABNORMAL,
                        "预警 红色 自 3月1日 16:40 未签收（已超签收期限）"));
    }

    @Test
    void handlingOverdueOnTheEnterprisesStepIsAbnormal() {
        assertThat(warnings(new WarningInHand("橙色", AT_0912, true, true, true, "已签收，处置中")))
                .isEqualTo(new PrefilledItem(PatrolItem.WARNINGS_HANDLED, PatrolResult.ABNORMAL,
                        "预警 橙色 自 09:12 处置逾期（已签收，处置中）"));
    }

    @Test
    void allSignedForAndInTimeIsNormalWithEvidenceAndTheRegulatorsOverdueVerificationIsNotTheEnterprises() {
        Instant at1005 = Instant.parse("2026-03-02T02:05:00Z");
        assertThat(warnings(new WarningInHand("橙色", at1005, true, false, true, "已签收，处置中"),
                new WarningInHand("红色", AT_0912, true, true, false, "已反馈，待核查")))
                .isEqualTo(new PrefilledItem(PatrolItem.WARNINGS_HANDLED, PatrolResult.NORMAL,
                        "在办预警 2 条，均已签收、未逾期：预警 红色 自 09:12 已反馈，待核查；预警 橙色 自 10:05 已签收，处置中"));
    }

    @Test
    void aPendingCommitmentIsNotYetCheckable() {
        PatrolFacts f = new PatrolFacts(true, NOW, List.of(), 0, VideoFacts.NONE, CommitmentStatus.PENDING, List.of(), 0, 0,
                null, 0, List.of(), List.of());
        assertThat(item(f, PatrolItem.COMMITMENT).result()).isEqualTo(PatrolResult.NOT_CHECKABLE);
        assertThat(item(f, PatrolItem.CUSTODY).result()).isEqualTo(PatrolResult.NOT_CHECKABLE);
        assertThat(item(f, PatrolItem.ALARMS_ACKNOWLEDGED).evidence()).isEqualTo("无在报警");
    }
}
