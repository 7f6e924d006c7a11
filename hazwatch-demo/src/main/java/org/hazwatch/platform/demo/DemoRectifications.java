package org.hazwatch.platform.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.inspection.Ledgers;
import org.hazwatch.platform.inspection.NewOutsideBulletin;
import org.hazwatch.platform.inspection.NewPenalty;
import org.hazwatch.platform.inspection.NewRectification;
import org.hazwatch.platform.inspection.RectificationFilter;
import org.hazwatch.platform.inspection.RectificationView;
import org.hazwatch.platform.inspection.Rectifications;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.support.HazwatchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The rectification ledger of 泽州县 alive on first start (part: rectify), after {@link DemoSeed}: an open order at
 * 恒泰氯碱 (its duty operator answers it on the console), an overdue one at 14052500003 (escalated at once), one
 * answered and waiting for acceptance, one closed, three findings of one item at 14052500004 that flag it for
 * enforcement, a penalty and an outside bulletin. Skipped when 泽州县 has orders already.
 */
@Component
@ConditionalOnProperty(name = "hazwatch.mode", havingValue = "demo")
@Order(1)
class DemoRectifications implements ApplicationRunner {

    static final String ZEZHOU = "140525";
    static final String OPEN_AT = "14052500001";
    static final String OVERDUE_AT = "14052500003";
    static final String CLOSED_AT = "14052500002";
    static final String ANSWERED_AT = "14052500005";
    static final String REPEATED_AT = "14052500004";

    private static final Logger log = LoggerFactory.getLogger(DemoRectifications.class);

    private final Rectifications rectifications;
    private final Ledgers ledgers;
    private final Jurisdictions jurisdictions;
    private final ZoneId zone;
    private final Clock clock;

    DemoRectifications(Rectifications rectifications, Ledgers ledgers, Jurisdictions jurisdictions,
                       HazwatchProperties hazwatch, Clock clock) {
        this.rectifications = rectifications;
        this.ledgers = ledgers;
        this.jurisdictions = jurisdictions;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Actor county = new Actor("zezhou", Role.REGULATOR, ZEZHOU, jurisdictions.require(ZEZHOU).path(), null);
        if (!rectifications.list(county, null, RectificationFilter.any(), 1).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        rectifications.issueAsOf(county, order(OPEN_AT, PatrolItem.COMMITMENT,
                "今日安全承诺公告未在 10:00 前发布，且特殊作业数量与现场不符", null), now.minus(Duration.ofHours(3)));
        rectifications.issueAsOf(county, order(OVERDUE_AT, PatrolItem.DATA_ONLINE,
                        "1#储罐区液位、温度监测数据离线超过 3 小时，未报备", now.minus(Duration.ofHours(6))),
                now.minus(Duration.ofDays(2)));
        RectificationView answered = rectifications.issueAsOf(county, order(ANSWERED_AT, PatrolItem.FILINGS,
                "检维修报备的时段与现场作业不符", null), now.minus(Duration.ofDays(1)));
        rectifications.answer(enterprise(ANSWERED_AT), answered.id(), "已重新报备检维修时段，并对报备流程进行培训",
                List.of());
        RectificationView closed = rectifications.issueAsOf(county, order(CLOSED_AT, PatrolItem.CUSTODY,
                "操作负责人本周未开展包保履职检查", null), now.minus(Duration.ofDays(6)));
        rectifications.answer(enterprise(CLOSED_AT), closed.id(), "操作负责人已完成检查并上传检查记录", List.of());
        rectifications.accept(county, closed.id(), "整改到位，予以销号");
        for (int daysAgo : new int[] {21, 9, 1}) {
            rectifications.issueAsOf(county, order(REPEATED_AT, PatrolItem.WARNINGS_HANDLED,
                    "预警推送后超过 30 分钟未签收", null), now.minus(Duration.ofDays(daysAgo)));
        }
        rectifications.escalateOverdue(now);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        ledgers.recordPenalty(county, new NewPenalty(REPEATED_AT, "泽应急罚〔2026〕12号", today.minusDays(2),
                new BigDecimal("30000"), "《中华人民共和国安全生产法》第一百零一条", "预警长期不签收，屡查屡犯"));
        ledgers.recordBulletin(county, new NewOutsideBulletin(OVERDUE_AT, "山西省应急管理厅", today.minusDays(5),
                "关于全省危险化学品重大危险源监测数据离线情况的通报"), null);
        log.info("demo rectifications: orders, a penalty and an outside bulletin for 泽州县");
    }

    private static NewRectification order(String enterprise, PatrolItem item, String problem, Instant deadline) {
        return new NewRectification(enterprise, (UUID) null, item, problem, deadline);
    }

    private static Actor enterprise(String code) {
        return new Actor("demo-" + code, Role.ENTERPRISE_ADMIN, null, null, code);
    }
}
