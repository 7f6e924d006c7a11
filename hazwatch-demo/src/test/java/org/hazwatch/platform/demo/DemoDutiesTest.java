package org.hazwatch.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.commitment.CommitmentBoard;
import org.hazwatch.platform.commitment.CommitmentBoards;
import org.hazwatch.platform.commitment.Commitments;
import org.hazwatch.platform.commitment.rules.CommitmentStatus;
import org.hazwatch.platform.custody.Custody;
import org.hazwatch.platform.custody.CustodyDuty;
import org.hazwatch.platform.filing.FilingView;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The regulator of 泽州县 finds real lists in the demo. */
@DemoTest
class DemoDutiesTest {

    static final Actor ZEZHOU = new Actor("zezhou", Role.REGULATOR, "140525", "140000/140500/140525/", null);

    @Autowired
    CommitmentBoards boards;

    @Autowired
    Commitments commitments;

    @Autowired
    Custody custody;

    @Autowired
    Filings filings;

    @Autowired
    DemoDuties duties;

    @Autowired
    MockMvc mockMvc;

    @Test
    void yesterdaysCommitmentsOfTheCountyShowOneLateAndOneMissing() {
        CommitmentBoard yesterday = boards.board(ZEZHOU, "140525", commitments.today().minusDays(1));
        assertThat(yesterday.enterprises()).extracting(CommitmentBoard.Row::enterpriseCode,
                        CommitmentBoard.Row::status)
                .contains(tuple(DemoDuties.LATE_YESTERDAY, CommitmentStatus.LATE),
                        tuple(DemoDuties.MISSING_YESTERDAY, CommitmentStatus.MISSING),
                        tuple("14052500001", CommitmentStatus.ON_TIME));
        assertThat(yesterday.commitmentRate()).isBetween(0.5, 1.0).isLessThan(1.0);
        assertThat(boards.board(ZEZHOU, "140525", commitments.today().minusDays(3)).missing()).isZero();
    }

    @Test
    void oneCustodyDutyIsOverdueAndOneFilingIsInForce() {
        assertThat(custody.overdue(ZEZHOU, "140525")).extracting(CustodyDuty::hazardSourceCode)
                .contains(DemoDuties.OVERDUE_SOURCE);
        List<FilingView> inForce = filings.list(ZEZHOU.scope(), null, Instant.now(), 100);
        assertThat(inForce).filteredOn(f -> f.enterpriseCode().equals(DemoDuties.FILING_ENTERPRISE))
                .singleElement().satisfies(f -> assertThat(f.pointCodes())
                        .containsExactlyInAnyOrderElementsOf(DemoDuties.FILED_TANK));
    }

    @Test
    void theFiledEnterprisesPublicNoticeShowsItsFiling() {
        var page = MockMvcTester.create(mockMvc).get().uri("/public/enterprises/" + DemoDuties.FILING_ENTERPRISE
                + "/commitment");
        assertThat(page).hasStatusOk().bodyText().contains("报备", "检维修", "1#储罐检维修", "2 个监测点");
    }

    @Test
    void aSecondSeedAddsNothing() {
        assertThat(duties.seed(Actor.system(), List.of("14052500001", "14052500003", "14052500005"))).isZero();
    }
}
