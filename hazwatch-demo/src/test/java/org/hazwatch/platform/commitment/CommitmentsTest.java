package org.hazwatch.platform.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.commitment.rules.CommitmentForm.RiskGrade;
import org.hazwatch.platform.commitment.rules.CommitmentForm.SpecialOperations;
import org.hazwatch.platform.commitment.rules.CommitmentForm;
import org.hazwatch.platform.commitment.rules.CommitmentStatus;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.warning.Warnings;
import org.hazwatch.protocol.EnterpriseCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Commitments against the demo: 高平市 (140581) sets a midnight deadline so that today's commitments there are late
 * or missing, 阳城县 (140522) one a second before the next midnight so that they are on time.
 */
@DemoTest
@RecordApplicationEvents
class CommitmentsTest {

    static final Actor ADMIN = Actor.platformAdmin("admin");
    static final Actor GAOPING = new Actor("gaoping", Role.REGULATOR, "140581", "140000/140500/140581/", null);

    @Autowired
    Commitments commitments;

    @Autowired
    CommitmentBoards boards;

    @Autowired
    CommitmentWatch watch;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Warnings warnings;

    @Autowired
    MockMvc mockMvc;

    static Actor adminOf(String enterprise) {
        return new Actor(enterprise + "-admin", Role.ENTERPRISE_ADMIN, null, null, enterprise);
    }

    static CommitmentForm form(String pledge) {
        return new CommitmentForm(4, 3, 0, 1, 0, false, new SpecialOperations(0, 1, 2, 1, 0, 0, 1, 0, 0, 0, 1), 3,
                true, RiskGrade.BLUE, "王主任", pledge);
    }

    @Test
    void aLateAndAMissingCommitmentReachTheRegulatorsListAndTheWarningModel() {
        boards.setDeadline(ADMIN, "140581", LocalTime.MIDNIGHT);
        LocalDate today = commitments.today();

        CommitmentView late = commitments.submit(adminOf("14058100001"), "14058100001", null, form("迟到的承诺"));
        watch.detectMissing();

        assertThat(late.late()).isTrue();
        assertThat(events.stream(CommitmentLate.class)).extracting(CommitmentLate::enterpriseCode, CommitmentLate::day)
                .contains(org.assertj.core.groups.Tuple.tuple(EnterpriseCode.of("14058100001"), today));
        assertThat(events.stream(CommitmentMissed.class).filter(m -> m.day().equals(today)))
                .extracting(m -> m.enterpriseCode().code())
                .contains("14058100002", "14058100003").doesNotContain("14058100001");
        CommitmentBoard board = boards.board(GAOPING, "140581", today);
        assertThat(board.enterprises()).extracting(CommitmentBoard.Row::enterpriseCode, CommitmentBoard.Row::status)
                .contains(org.assertj.core.groups.Tuple.tuple("14058100001", CommitmentStatus.LATE),
                        org.assertj.core.groups.Tuple.tuple("14058100002", CommitmentStatus.MISSING));
        assertThat(board.late()).isEqualTo(1);
        assertThat(board.commitmentRate()).isEqualTo(1.0 / board.enterprises().size());
        assertThat(board.onTimeRate()).isZero();
        assertThat(commitments.statusOn("14058100002", today)).isEqualTo(CommitmentStatus.MISSING);

        watch.detectMissing();
        assertThat(events.stream(CommitmentMissed.class)
                .filter(m -> m.day().equals(today) && m.enterpriseCode().equals(EnterpriseCode.of("14058100002")))).hasSize(1);

        // the warning model takes the missing commitment up as a factor of the enterprise's own warning
        await().atMost(Duration.ofSeconds(20)).until(() -> warnings.standing("14058100002").stream()
                .anyMatch(w -> w.hazardSourceCode() == null
                        && w.factors().stream().anyMatch(f -> f.code().equals("COMMITMENT_MISSING"))));
    }

    @Test
    void aCorrectionKeepsTheEarlierVersionAndTheDayStaysOnTime() {
        boards.setDeadline(ADMIN, "140522", LocalTime.of(23, 59, 59));
        LocalDate today = commitments.today();
        commitments.submit(adminOf("14052200001"), "14052200001", null, form("第一版承诺"));
        commitments.submit(adminOf("14052200001"), "14052200001", null, form("更正后的承诺"));

        assertThat(commitments.versions(ADMIN, "14052200001", today)).extracting(v -> v.form().pledge())
                .containsExactly("第一版承诺", "更正后的承诺");
        assertThat(commitments.statusOn("14052200001", today)).isEqualTo(CommitmentStatus.ON_TIME);
        assertThat(events.stream(CommitmentLate.class)).noneMatch(e -> e.enterpriseCode().equals(EnterpriseCode.of("14052200001")));
        var page = MockMvcTester.create(mockMvc).get().uri("/public/enterprises/14052200001/commitment");
        assertThat(page).hasStatusOk().bodyText().contains("更正后的承诺", "王主任", "安全风险研判与承诺公告")
                .doesNotContain("第一版承诺");
    }

    @Test
    void countsThatDoNotAddUpAreRefusedFieldByFieldAndStoreNothing() {
        var response = MockMvcTester.create(mockMvc).post().uri("/api/v1/enterprises/14052500001/commitments")
                .with(httpBasic("hengtai-admin", "Demo@2026")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"unitsTotal": 5, "unitsRunning": 1, "unitsStopped": 1, "unitsUnderMaintenance": 1,
                         "unitsInTrial": 0, "startUpOrShutDown": false, "operations": {"hotWorkSpecial": 0,
                         "hotWorkGrade1": 0, "hotWorkGrade2": 0, "confinedSpace": 0, "workAtHeight": 0, "lifting": 0,
                         "temporaryPower": 0, "excavation": 0, "roadClosure": 0, "blinding": 0, "maintenance": 0},
                         "contractorsOnSite": 0, "hazardSourcesSafe": true, "riskGrade": "BLUE",
                         "committedBy": "", "pledge": "我承诺"}""");
        assertThat(response).hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("unitsTotal", "committedBy");
        assertThat(commitments.versions(ADMIN, "14052500001", commitments.today())).isEmpty();
    }

    @Test
    void theDutyOperatorAndOtherEnterprisesCannotCommit() {
        var operator = MockMvcTester.create(mockMvc).post().uri("/api/v1/enterprises/14052500001/commitments")
                .with(httpBasic("hengtai", "Demo@2026")).contentType(MediaType.APPLICATION_JSON).content("{}");
        assertThat(operator).hasStatus(403);
        var other = MockMvcTester.create(mockMvc).get().uri("/api/v1/enterprises/14052500002/commitments/2026-11-30")
                .with(httpBasic("hengtai-admin", "Demo@2026"));
        assertThat(other).hasStatus(404);
    }
}
