package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.hazwatch.platform.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Runs on the demo data, in the same application context as the demo seed's test. */
@DemoTest
class HomePageTest {

    @Autowired
    MockMvc mockMvc;

    @Test
    void withoutLoginTheHomePageSendsTheBrowserToTheLoginPage() throws Exception {
        var response = mockMvc.perform(get("/")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aCountyRegulatorSeesItsEnterprisesWithTheirLevelsAndNoNeighbours() throws Exception {
        String page = homePageOf("zezhou");
        assertThat(page).contains("泽州县", "晋城市恒泰氯碱化工有限公司", "液氯储罐区")
                .doesNotContain("高平市兴高化工有限公司", "阳城县阳泰化工有限公司");
        // 600 t ammonia (Q 10, β 2) with 150 people outside (α 2.0): R = 240, 一级
        assertThat(rowOf(page, "14052500002")).containsPattern("液氨储罐区</span>\\s*<em>一级</em>");
    }

    @Test
    void anEnterpriseOperatorSeesOnlyItsOwnEnterprise() throws Exception {
        String page = homePageOf("hengtai");
        assertThat(page).contains("晋城市恒泰氯碱化工有限公司").doesNotContain("山西晋丰煤化工有限责任公司");
    }

    private static String rowOf(String page, String enterpriseCode) {
        int start = page.indexOf("data-code=\"" + enterpriseCode + "\"");
        assertThat(start).as("row of %s", enterpriseCode).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private String homePageOf(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mockMvc.perform(formLogin().user(username).password("Demo@2026"))
                .andReturn().getRequest().getSession(false);
        var response = mockMvc.perform(get("/").session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
