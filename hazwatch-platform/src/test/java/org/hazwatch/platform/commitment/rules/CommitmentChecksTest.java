package org.hazwatch.platform.commitment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.hazwatch.platform.commitment.rules.CommitmentChecks.FieldProblem;
import org.hazwatch.platform.commitment.rules.CommitmentForm.RiskGrade;
import org.hazwatch.platform.commitment.rules.CommitmentForm.SpecialOperations;
import org.junit.jupiter.api.Test;

class CommitmentChecksTest {

    static CommitmentForm form(int total, int running, int stopped, int maintenance, int trial, String by,
                               String pledge) {
        return new CommitmentForm(total, running, stopped, maintenance, trial, false, SpecialOperations.none(), 2,
                true, RiskGrade.BLUE, by, pledge);
    }

    @Test
    void aCompleteConsistentCommitmentHasNoProblems() {
        assertThat(CommitmentChecks.problems(form(5, 3, 1, 1, 1, "张三", "我承诺……"))).isEmpty();
    }

    @Test
    void runningStoppedAndUnderMaintenanceMustAddUpToTheTotal() {
        assertThat(CommitmentChecks.problems(form(5, 3, 1, 0, 0, "张三", "我承诺……")))
                .extracting(FieldProblem::field).containsExactly("unitsTotal");
    }

    @Test
    void unitsInTrialAreCountedAmongTheRunning() {
        assertThat(CommitmentChecks.problems(form(4, 2, 1, 1, 3, "张三", "我承诺……")))
                .extracting(FieldProblem::field).containsExactly("unitsInTrial");
    }

    @Test
    void theCommittingPersonAndThePledgeArePresent() {
        assertThat(CommitmentChecks.problems(form(1, 1, 0, 0, 0, " ", null)))
                .extracting(FieldProblem::field).containsExactly("committedBy", "pledge");
    }

    @Test
    void everyMissingOrNegativeCountIsReportedByItsField() {
        CommitmentForm form = new CommitmentForm(null, 1, 0, 0, 0, null,
                new SpecialOperations(0, -1, 0, 0, 0, 0, 0, 0, 0, 0, null), 0, true, null, "张三", "我承诺");
        assertThat(CommitmentChecks.problems(form)).extracting(FieldProblem::field).containsExactly(
                "unitsTotal", "operations.hotWorkGrade1", "operations.maintenance", "startUpOrShutDown",
                "riskGrade");
    }
}
