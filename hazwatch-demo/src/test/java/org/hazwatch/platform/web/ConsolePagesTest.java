package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.hazwatch.platform.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The alarm-system health pages and the commitment board, on the demo data. */
@DemoTest
class ConsolePagesTest {

    @Autowired
    MockMvc mockMvc;

    @Test
    void theJurisdictionsHealthListsItsEnterprisesOnly() throws Exception {
        String page = page("zezhou", "/health");
        assertThat(page).contains("id=\"health-scope\">泽州县<", "id=\"h-average\"", "id=\"priority-mix\"",
                        "<tr data-code=\"14052500001\"", "晋城市恒泰氯碱化工有限公司")
                .doesNotContain("高平市兴高化工有限公司", "<tr data-code=\"14058100001\"");
        assertThat(page("zezhou", "/health?window=7d")).contains("近7天");
    }

    @Test
    void anEnterprisesHealthShowsItsFiguresAndIsHiddenOutsideTheJurisdiction() throws Exception {
        assertThat(page("zezhou", "/health/14052500001")).contains("id=\"health-scope\">晋城市恒泰氯碱化工有限公司<",
                "id=\"h-floods\"", "id=\"h-stale\"", "id=\"h-chattering\"").doesNotContain("id=\"health-enterprises\"");
        assertThat(response("zezhou", "/health/14058100001").getStatus()).isEqualTo(404);
    }

    @Test
    void anEnterpriseUserIsSentToItsOwnHealthPage() throws Exception {
        MockHttpServletResponse response = response("hengtai", "/health");
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/health/14052500001");
        assertThat(response("hengtai", "/health/14052500002").getStatus()).isEqualTo(404);
    }

    @Test
    void theCommitmentBoardListsTheDaysStatusOfTheJurisdictionsEnterprises() throws Exception {
        String page = page("zezhou", "/duties");
        assertThat(page).contains("id=\"duty-board\"", "<tr data-code=\"14052500001\" data-status=\"",
                "id=\"d-rate\"", "type=\"date\"").doesNotContain("<tr data-code=\"14058100001\"");
        assertThat(page("gaoping", "/duties?day=2026-01-05")).contains("value=\"2026-01-05\"",
                "<tr data-code=\"14058100001\" data-status=\"MISSING\"");
    }

    @Test
    void thePagesSpeakEnglishWithLangEn() throws Exception {
        assertThat(page("zezhou", "/duties?lang=en")).contains("Safety commitments", "Commitment rate");
        assertThat(page("zezhou", "/health?lang=en")).contains("Alarm-system health", "Flood periods");
        assertThat(page("zezhou", "/?lang=en")).contains("Risk overview map", "Live alarms and warnings");
    }

    private String page(String user, String path) throws Exception {
        MockHttpServletResponse response = response(user, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse response(String user, String path) throws Exception {
        MockHttpSession session = (MockHttpSession) mockMvc.perform(formLogin().user(user).password("Demo@2026"))
                .andReturn().getRequest().getSession(false);
        MockHttpServletResponse response = mockMvc.perform(get(path).session(session)).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }
}
