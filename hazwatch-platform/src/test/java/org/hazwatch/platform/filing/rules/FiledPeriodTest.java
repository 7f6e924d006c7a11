package org.hazwatch.platform.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hazwatch.platform.filing.rules.FilingChecks.FieldProblem;
import org.junit.jupiter.api.Test;

class FiledPeriodTest {

    static final String E = "14052500001";
    static final String P1 = E + "001G0001WD001";
    static final String P2 = E + "001G0001WD002";
    static final Instant FROM = Instant.parse("2026-11-30T02:00:00Z");
    static final Instant UNTIL = FROM.plus(Duration.ofHours(4));

    @Test
    void coversItsPointsFromItsBeginningUpToButNotIncludingItsEnd() {
        FiledPeriod period = new FiledPeriod(E, Set.of(P1), FROM, UNTIL);
        assertThat(period.covers(E, P1, FROM)).isTrue();
        assertThat(period.covers(E, P1, UNTIL.minusMillis(1))).isTrue();
        assertThat(period.covers(E, P1, UNTIL)).isFalse();
        assertThat(period.covers(E, P1, FROM.minusMillis(1))).isFalse();
    }

    @Test
    void coversNeitherOtherPointsNorTheEnterprisesOwnOfflineTimeUnlessFiledForTheWholeEnterprise() {
        FiledPeriod points = new FiledPeriod(E, Set.of(P1), FROM, UNTIL);
        FiledPeriod whole = new FiledPeriod(E, Set.of(), FROM, UNTIL);
        assertThat(points.covers(E, P2, FROM)).isFalse();
        assertThat(points.covers(E, null, FROM)).isFalse();
        assertThat(whole.covers(E, P2, FROM)).isTrue();
        assertThat(whole.covers(E, null, FROM)).isTrue();
        assertThat(whole.covers("14052500002", null, FROM)).isFalse();
    }

    @Test
    void aFilingNamesTargetsOfItsOwnEnterpriseAndAPeriodThatEndsAfterItBegins() {
        FilingRequest bad = new FilingRequest(FilingType.MAINTENANCE, FilingScope.POINTS,
                List.of(P1, "14052500002001G0001WD001"), UNTIL, FROM, " ");
        assertThat(FilingChecks.problems(E, bad, Duration.ofDays(30))).extracting(FieldProblem::field)
                .containsExactly("targets[1]", "until", "reason");
    }

    @Test
    void aFilingForTheWholeEnterpriseNamesNoTargetsAndCoversAtMostTheLongestPeriod() {
        FilingRequest bad = new FilingRequest(FilingType.SHUTDOWN, FilingScope.ENTERPRISE, List.of(P1), FROM,
                FROM.plus(Duration.ofDays(31)), "停产检修");
        assertThat(FilingChecks.problems(E, bad, Duration.ofDays(30))).extracting(FieldProblem::field)
                .containsExactly("targets", "until");
        FilingRequest good = new FilingRequest(FilingType.SHUTDOWN, FilingScope.ENTERPRISE, null, FROM, UNTIL, "停产");
        assertThat(FilingChecks.problems(E, good, Duration.ofDays(30))).isEmpty();
    }
}
