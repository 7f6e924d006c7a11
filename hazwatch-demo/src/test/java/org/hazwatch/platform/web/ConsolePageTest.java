package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.web.WebSessions.login;
import static org.hazwatch.platform.web.WebSessions.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.hazwatch.platform.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The duty room's console: the enterprise's own screen; regulators are sent to the overview. */
@DemoTest
class ConsolePageTest {

    @Autowired
    MockMvc mockMvc;

    @Test
    void theDutyOperatorSeesTheirPointsAlarmsAndTodaysCommitmentOnOneScreen() throws Exception {
        String page = page(mockMvc, login(mockMvc, "te"), "/console");
        assertThat(page).contains("值守台", "晋城田纳西伊斯曼示范化工有限公司", "报警中的监测点", "待签收预警",
                "今日安全承诺", "反应器压力", "/live/enterprises/14052500099")
                .doesNotContain("晋城市恒泰氯碱化工有限公司");
    }

    @Test
    void theEnterpriseAdminHasTheCommitmentFormOnTheConsole() throws Exception {
        assertThat(page(mockMvc, login(mockMvc, "hengtai-admin"), "/console")).contains("commit-submit", "承诺人");
    }

    @Test
    void aRegulatorIsSentToTheOverview() throws Exception {
        var response = mockMvc.perform(get("/console").session(login(mockMvc, "zezhou"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
    }
}
