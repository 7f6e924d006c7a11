package org.hazwatch.platform.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.commitment.Commitments;
import org.hazwatch.platform.commitment.rules.CommitmentForm;
import org.hazwatch.platform.commitment.rules.CommitmentForm.RiskGrade;
import org.hazwatch.platform.commitment.rules.CommitmentForm.SpecialOperations;
import org.hazwatch.platform.custody.Custody;
import org.hazwatch.platform.custody.rules.CheckRecord;
import org.hazwatch.platform.custody.rules.ChecklistItem;
import org.hazwatch.platform.custody.rules.CustodyRole;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.StatementCounter;
import org.hazwatch.platform.warning.rules.EnterpriseFacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The warning model's inputs are kept between assessments (issue 17): an enterprise where nothing changed is assessed
 * again without a statement to the database, and what the owning features write (a custody check, a commitment) is
 * seen by the very next assessment.
 */
@PlatformTest
class WarningInputsCachedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WarningFacts facts;
    @Autowired
    WarningPoints points;
    @Autowired
    Custody custody;
    @Autowired
    Commitments commitments;

    @Test
    void aSecondAssessmentOfAnEnterpriseWhereNothingChangedReadsNothingFromTheDatabase() {
        TestEnterprise e = TestEnterprises.importFresh(mvc);
        WarningPoints.Plant plant = points.plant(e.code()).orElseThrow();
        StatementCounter.Counted<EnterpriseFacts> first = StatementCounter.count(() -> gather(plant));
        StatementCounter.Counted<EnterpriseFacts> second = StatementCounter.count(() -> gather(plant));

        assertThat(first.statements()).as("the first assessment reads the inputs").isPositive();
        assertThat(second.sql()).as("the second assessment").isEmpty();
        assertThat(second.result()).isEqualTo(first.result());
    }

    @Test
    void aCustodyCheckAndACommitmentAreSeenByTheNextAssessmentAtOnce() {
        TestEnterprise e = TestEnterprises.importFresh(mvc);
        WarningPoints.Plant plant = points.plant(e.code()).orElseThrow();
        EnterpriseFacts before = gather(plant);
        assertThat(before.sources().get(0).overdueCustody()).as("never checked").hasSize(1);
        assertThat(before.commitment()).isIn(EnterpriseFacts.Commitment.PENDING, EnterpriseFacts.Commitment.MISSING);

        Map<ChecklistItem, Boolean> allInOrder = Arrays.stream(ChecklistItem.values())
                .collect(Collectors.toMap(Function.identity(), i -> true));
        custody.record(Actor.system(), e.code(), new CheckRecord(e.hazardSource(), CustodyRole.MAIN,
                Instant.now().minus(Duration.ofMinutes(1)), allInOrder, null, null));
        EnterpriseFacts checked = gather(plant);
        assertThat(checked.sources().get(0).overdueCustody()).as("checked a minute ago").isEmpty();
        assertThat(checked.commitment()).isEqualTo(before.commitment());

        commitments.submit(Actor.system(), e.code(), null, new CommitmentForm(5, 3, 1, 1, 1, false,
                SpecialOperations.none(), 2, true, RiskGrade.BLUE, "张三", "我承诺……"));
        EnterpriseFacts committed = gather(plant);
        assertThat(committed.commitment()).isIn(EnterpriseFacts.Commitment.ON_TIME, EnterpriseFacts.Commitment.LATE);
        assertThat(committed.operations()).as("the committed form's operations").isNotNull();
    }

    private EnterpriseFacts gather(WarningPoints.Plant plant) {
        return facts.gather(plant, List.of(), Instant.now());
    }
}
