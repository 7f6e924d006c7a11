package org.hazwatch.platform.inspection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazwatch.platform.inspection.rules.RectificationState.ANSWERED;
import static org.hazwatch.platform.inspection.rules.RectificationState.CLOSED;
import static org.hazwatch.platform.inspection.rules.RectificationState.OPEN;
import static org.hazwatch.platform.inspection.rules.RectificationState.RETURNED;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RectificationFlowTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void anOrderIsAnsweredReturnedAnsweredAgainAndClosed() {
        RectificationState s = OPEN;
        s = RectificationFlow.after(s, RectificationStep.ANSWERED);
        assertThat(s).isEqualTo(ANSWERED);
        s = RectificationFlow.after(s, RectificationStep.RETURNED);
        assertThat(s).isEqualTo(RETURNED);
        s = RectificationFlow.after(s, RectificationStep.ANSWERED);
        assertThat(s).isEqualTo(ANSWERED);
        assertThat(RectificationFlow.after(s, RectificationStep.ACCEPTED)).isEqualTo(CLOSED);
    }

    @Test
    void onlyAnAnsweredOrderIsAcceptedOrReturnedAndAClosedOneTakesNoStep() {
        for (RectificationState s : List.of(OPEN, RETURNED, CLOSED)) {
            assertThatThrownBy(() -> RectificationFlow.after(s, RectificationStep.ACCEPTED))
                    .isInstanceOf(RectificationRefused.class);
            assertThatThrownBy(() -> RectificationFlow.after(s, RectificationStep.RETURNED))
                    .isInstanceOf(RectificationRefused.class);
        }
        assertThatThrownBy(() -> RectificationFlow.after(ANSWERED, RectificationStep.ANSWERED))
                .isInstanceOf(RectificationRefused.class);
        assertThatThrownBy(() -> RectificationFlow.after(CLOSED, RectificationStep.ANSWERED))
                .isInstanceOf(RectificationRefused.class).hasMessageContaining("闭环");
    }

    @Test
    void anOrderIsOverdueAfterItsDeadlineUntilItIsClosed() {
        Instant deadline = T0.plus(Duration.ofDays(7));
        assertThat(RectificationFlow.overdue(OPEN, deadline, deadline)).isFalse();
        assertThat(RectificationFlow.overdue(OPEN, deadline, deadline.plusSeconds(1))).isTrue();
        assertThat(RectificationFlow.overdue(ANSWERED, deadline, deadline.plusSeconds(1))).isTrue();
        assertThat(RectificationFlow.overdue(CLOSED, deadline, deadline.plusSeconds(1))).isFalse();
    }

    @Test
    void anOverdueOrderEscalatesToTheLevelAboveItsIssuer() {
        String enterprise = "140000/140500/140525/140525100/";
        assertThat(RectificationFlow.escalatesTo("140000/140500/140525/", enterprise)).isEqualTo("140000/140500/");
        assertThat(RectificationFlow.escalatesTo("140000/140500/", enterprise)).isEqualTo("140000/");
        assertThat(RectificationFlow.escalatesTo("140000/", enterprise)).isNull();
        assertThat(RectificationFlow.escalatesTo("", "140000/140500/140525/")).isEqualTo("140000/140500/");
    }

    @Test
    void offlineItemsGet24HoursAndEverythingElseSevenDays() {
        RectificationPolicy spec = RectificationPolicy.SPEC_DEFAULTS;
        assertThat(spec.deadlineFor(PatrolItem.DATA_ONLINE, T0)).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(spec.deadlineFor(PatrolItem.VIDEO_ONLINE, T0)).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(spec.deadlineFor(PatrolItem.COMMITMENT, T0)).isEqualTo(T0.plus(Duration.ofDays(7)));
    }

    @Test
    void threeFindingsOfAnItemWithin30DaysAreARepeatAndOlderOnesDoNotCount() {
        RectificationPolicy spec = RectificationPolicy.SPEC_DEFAULTS;
        Instant now = T0.plus(Duration.ofDays(40));
        assertThat(spec.repeated(List.of(now.minus(Duration.ofDays(29)), now.minus(Duration.ofDays(3)), now), now))
                .isTrue();
        assertThat(spec.repeated(List.of(now.minus(Duration.ofDays(31)), now.minus(Duration.ofDays(3)), now), now))
                .isFalse();
        assertThat(spec.repeated(List.of(now.minus(Duration.ofDays(3)), now), now)).isFalse();
    }

    @Test
    void theDeepestJurisdictionThatSetsAPolicyGivesIt() {
        RectificationPolicy city = new RectificationPolicy(Duration.ofHours(12), Duration.ofDays(5), 3,
                Duration.ofDays(30));
        RectificationPolicy county = new RectificationPolicy(Duration.ofHours(8), Duration.ofDays(3), 2,
                Duration.ofDays(14));
        RectificationPolicies policies = new RectificationPolicies(RectificationPolicy.SPEC_DEFAULTS,
                Map.of("140500", city, "140525", county));
        assertThat(policies.forPath("140000/140500/140525/140525100/")).isEqualTo(county);
        assertThat(policies.forPath("140000/140500/140521/")).isEqualTo(city);
        assertThat(policies.forPath("140000/140100/")).isEqualTo(RectificationPolicy.SPEC_DEFAULTS);
    }
}
