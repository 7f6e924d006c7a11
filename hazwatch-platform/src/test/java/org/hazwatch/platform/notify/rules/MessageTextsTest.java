package org.hazwatch.platform.notify.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;

class MessageTextsTest {

    final MessageTexts texts = new MessageTexts(BeijingTime.ZONE);
    final Instant at = Instant.parse("2026-11-30T08:40:00Z");

    @Test
    void aWarningNamesTheEnterpriseHazardSourceLevelFactorsAndTheSignForDeadlineInShanghaiTime() {
        Message m = texts.of(new Notice(NoticeKind.WARNING_RAISED, "14052500001", "晋城市恒泰氯碱化工有限公司",
                "液氯储罐区", WarningLevel.RED, null, List.of("高高报/低低报报警：液氯储罐压力 高高报", "固有风险：一级",
                "承诺缺失：未承诺"), at.plus(Duration.ofMinutes(15)), null, at));
        assertThat(m.subject()).isEqualTo("【红色预警】晋城市恒泰氯碱化工有限公司 液氯储罐区");
        assertThat(m.smsText()).isEqualTo("【危化预警】晋城市恒泰氯碱化工有限公司 液氯储罐区 红色预警：高高报/低低报报警、固有风险等。"
                + "请于11-30 16:55前签收处置。");
        assertThat(m.text()).contains("重大", "- 企业：晋城市恒泰氯碱化工有限公司（14052500001）",
                "  - 承诺缺失：未承诺", "2026-11-30 16:55");
    }

    @Test
    void theSignForDeadlineShownIsTheOneHandedIn() {
        // e.g. hazwatch.disposal.yellow.sign-for: 45m — the text takes the disposal feature's deadline as it is
        Message m = texts.of(new Notice(NoticeKind.WARNING_RAISED, "14052500001", "恒泰氯碱", "液氯储罐区",
                WarningLevel.YELLOW, null, List.of("固有风险：一级"), at.plus(Duration.ofMinutes(45)), null, at));
        assertThat(m.smsText()).endsWith("请于11-30 17:25前签收处置。");
        assertThat(m.text()).contains("2026-11-30 17:25").doesNotContain("17:10");
    }

    @Test
    void anUpgradeSaysFromWhichLevel() {
        Message m = texts.of(new Notice(NoticeKind.WARNING_UPGRADED, "14052500001", "恒泰氯碱", null,
                WarningLevel.ORANGE, WarningLevel.YELLOW, List.of(), at, null, at));
        assertThat(m.smsText()).contains("恒泰氯碱 由黄色升级为橙色预警");
    }

    @Test
    void groupedAlarmsCountThemselvesAndListTheFirstThreeInTheShortMessage() {
        Message m = texts.alarms("泽州县某化工", Duration.ofMinutes(2),
                List.of("16:40 液位 高高报", "16:40 压力 高高报", "16:41 温度 低低报", "16:41 流量 高高报",
                        "16:41 液位2 高高报"), at);
        assertThat(m.subject()).isEqualTo("泽州县某化工 2 分钟内 5 条报警");
        assertThat(m.smsText()).contains("16:41 温度 低低报等").doesNotContain("流量");
        assertThat(m.text()).contains("- 16:41 液位2 高高报");
    }

    @Test
    void aMissedCustodyCheckThatWasNeverDoneSaysSo() {
        Message m = texts.of(new Notice(NoticeKind.CUSTODY_OVERDUE, "14052500001", "恒泰氯碱", "液氯储罐区", null,
                null, List.of(), Instant.EPOCH, "操作负责人孙晓明", at));
        assertThat(m.smsText()).contains("操作负责人孙晓明的包保履职检查已逾期（从未检查）");
    }
}
