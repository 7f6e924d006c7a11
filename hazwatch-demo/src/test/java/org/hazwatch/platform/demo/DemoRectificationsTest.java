package org.hazwatch.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.inspection.LedgerView;
import org.hazwatch.platform.inspection.Ledgers;
import org.hazwatch.platform.inspection.RectificationFilter;
import org.hazwatch.platform.inspection.RectificationView;
import org.hazwatch.platform.inspection.Rectifications;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.RectificationState;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.support.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rectification ledger of 泽州县 is alive on first start, and 高平市 sees none of it. */
@DemoTest
class DemoRectificationsTest {

    static final Actor ZEZHOU = new Actor("zezhou", Role.REGULATOR, "140525", "140000/140500/140525/", null);
    static final Actor GAOPING = new Actor("gaoping", Role.REGULATOR, "140581", "140000/140500/140581/", null);
    static final Actor JINCHENG = new Actor("jincheng", Role.REGULATOR, "140500", "140000/140500/", null);

    @Autowired
    Rectifications rectifications;

    @Autowired
    Ledgers ledgers;

    @Test
    void zezhouHasOpenOverdueAnsweredAndClosedOrdersAFlagAPenaltyAndABulletin() {
        List<RectificationView> orders = rectifications.list(ZEZHOU, "140525", RectificationFilter.any(), 200);
        assertThat(orders).filteredOn(o -> o.enterpriseCode().equals(DemoRectifications.OVERDUE_AT))
                .anySatisfy(o -> {
                    assertThat(o.overdue()).isTrue();
                    assertThat(o.escalatedAt()).isNotNull();
                });
        assertThat(orders).extracting(RectificationView::state).contains(RectificationState.OPEN,
                RectificationState.ANSWERED, RectificationState.CLOSED);
        LedgerView ledger = ledgers.ledger(ZEZHOU, null, RectificationFilter.any());
        assertThat(ledger.flags()).anySatisfy(f -> {
            assertThat(f.enterpriseCode()).isEqualTo(DemoRectifications.REPEATED_AT);
            assertThat(f.item()).isEqualTo(PatrolItem.WARNINGS_HANDLED);
        });
        assertThat(ledger.penalties()).isNotEmpty();
        assertThat(ledger.bulletins()).isNotEmpty();
        assertThat(rectifications.list(JINCHENG, "140525", RectificationFilter.any(), 200)).hasSameSizeAs(orders);
    }

    @Test
    void gaopingGets404ForZezhousOrdersAndSeesNoneOfThem() {
        List<RectificationView> orders = rectifications.list(ZEZHOU, "140525", RectificationFilter.any(), 200);
        assertThat(orders).isNotEmpty();
        for (RectificationView o : orders) {
            assertThatThrownBy(() -> rectifications.one(GAOPING, o.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> rectifications.accept(GAOPING, o.id(), "越权"))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(rectifications.list(GAOPING, null, RectificationFilter.any(), 200)).isEmpty();
        assertThatThrownBy(() -> rectifications.list(GAOPING, "140525", RectificationFilter.any(), 200))
                .isInstanceOf(NotFoundException.class);
        LedgerView ledger = ledgers.ledger(GAOPING, null, RectificationFilter.any());
        assertThat(ledger.penalties()).isEmpty();
        assertThat(ledger.bulletins()).isEmpty();
        assertThat(ledger.flags()).isEmpty();
    }
}
