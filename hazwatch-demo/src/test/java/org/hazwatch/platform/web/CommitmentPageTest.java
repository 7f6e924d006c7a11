package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.web.WebSessions.login;
import static org.hazwatch.platform.web.WebSessions.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.commitment.Commitments;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The daily commitment form: problems beside their fields and nothing stored; a good one on the public notice. */
@DemoTest
class CommitmentPageTest {

    static final String ENTERPRISE = "14052500002";
    static final String HENGTAI = "14052500001";
    /** 阳城县皇城石化仓储有限公司: no other test commits for it, so today's versions are this test's alone. */
    static final String HUANGCHENG = "14052200002";
    static final String HUANGCHENG_ADMIN = "huangcheng-admin";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    Commitments commitments;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void anAdminOfTheEnterprise() {
        accounts.createIfAbsent(HUANGCHENG_ADMIN, "皇城石化 安全管理员", WebSessions.PASSWORD, Role.ENTERPRISE_ADMIN,
                HUANGCHENG);
    }

    @Test
    void unitCountsThatDoNotAddUpAreShownBesideTheirFieldsAndNothingIsStored() throws Exception {
        MockHttpSession admin = login(mockMvc, HUANGCHENG_ADMIN);
        int before = versionsToday();
        var response = mockMvc.perform(filled(post("/enterprises/" + HUANGCHENG + "/commitment"), "王值守")
                .param("unitsTotal", "3").param("unitsRunning", "3").param("unitsStopped", "1")
                .param("unitsInTrial", "4").param("confinedSpace", "-1").param("lifting", "abc")
                .session(admin).with(csrf())).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());

        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("承诺未提交", "data-field=\"lifting\">请填写整数");
        var again = mockMvc.perform(filled(post("/enterprises/" + HUANGCHENG + "/commitment"), "王值守")
                .param("unitsTotal", "3").param("unitsRunning", "3").param("unitsStopped", "1")
                .param("unitsInTrial", "4").param("confinedSpace", "-1").session(admin).with(csrf()))
                .andReturn().getResponse();
        again.setCharacterEncoding(StandardCharsets.UTF_8.name());
        assertThat(again.getContentAsString()).contains("data-field=\"confinedSpace\">不能为负数");
        var sum = mockMvc.perform(filled(post("/enterprises/" + HUANGCHENG + "/commitment"), "王值守")
                .param("unitsTotal", "3").param("unitsRunning", "3").param("unitsStopped", "1")
                .param("unitsInTrial", "4").session(admin).with(csrf())).andReturn().getResponse();
        sum.setCharacterEncoding(StandardCharsets.UTF_8.name());
        assertThat(sum.getContentAsString()).contains(
                "data-field=\"unitsTotal\">运行 + 停车 + 检修为 5 套，与装置总数 3 不符",
                "data-field=\"unitsInTrial\">试生产装置属于运行装置");
        assertThat(versionsToday()).isEqualTo(before);
    }

    @Test
    void aCommitmentSubmittedOnTheFormIsOnThePublicNotice() throws Exception {
        MockHttpSession admin = login(mockMvc, HUANGCHENG_ADMIN);
        var response = mockMvc.perform(filled(post("/enterprises/" + HUANGCHENG + "/commitment"), "赵承诺")
                .param("unitsTotal", "4").param("unitsRunning", "3").param("unitsStopped", "0")
                .param("unitsInTrial", "0").session(admin).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/enterprises/" + HUANGCHENG + "/commitment?saved");
        assertThat(commitments.today(HUANGCHENG)).hasValueSatisfying(v -> assertThat(v.form().committedBy())
                .isEqualTo("赵承诺"));

        var notice = mockMvc.perform(get("/public/enterprises/" + HUANGCHENG + "/commitment")).andReturn().getResponse();
        notice.setCharacterEncoding(StandardCharsets.UTF_8.name());
        assertThat(notice.getStatus()).as("no login").isEqualTo(200);
        assertThat(notice.getContentAsString()).contains("赵承诺", "安全风险研判与承诺公告", "阳城县皇城石化仓储有限公司");
    }

    @Test
    void theDutyOperatorReadsTheCommitmentButCannotSubmitIt() throws Exception {
        MockHttpSession operator = login(mockMvc, "hengtai");
        assertThat(page(mockMvc, operator, "/enterprises/" + HENGTAI + "/commitment"))
                .contains("由企业安全管理员").doesNotContain("commit-submit");
        var response = mockMvc.perform(filled(post("/enterprises/" + HENGTAI + "/commitment"), "值班员")
                .param("unitsTotal", "1").param("unitsRunning", "1").param("unitsStopped", "0")
                .param("unitsInTrial", "0").session(operator).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void anotherEnterprisesFormIsNotFound() throws Exception {
        assertThat(WebSessions.status(mockMvc, login(mockMvc, "hengtai-admin"),
                "/enterprises/" + ENTERPRISE + "/commitment")).isEqualTo(404);
    }

    private int versionsToday() {
        return commitments.versions(Actor.system(), HUANGCHENG, commitments.today()).size();
    }

    /** Every field but the unit counts filled in correctly. */
    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String committedBy) {
        return request.param("unitsUnderMaintenance", "1").param("startUpOrShutDown", "false")
                .param("hotWorkSpecial", "0").param("hotWorkGrade1", "1").param("hotWorkGrade2", "2")
                .param("workAtHeight", "0").param("temporaryPower", "0").param("excavation", "0")
                .param("roadClosure", "0").param("blinding", "0").param("maintenance", "1")
                .param("contractorsOnSite", "2").param("hazardSourcesSafe", "true").param("riskGrade", "BLUE")
                .param("committedBy", committedBy).param("pledge", "今日安全风险可控，承诺落实到位。");
    }
}
