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
    void anEnterpriseOperatorIsSentToTheDutyConsole() throws Exception {
        var response = mockMvc.perform(get("/").session(logIn("hengtai"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/console");
    }

    @Test
    void theFrameShowsWhoIsSignedInWithRoleAndJurisdiction() throws Exception {
        String page = homePageOf("zezhou");
        assertThat(page).containsPattern("id=\"who-place\">泽州县<")
                .containsPattern("id=\"who-role\">监管人员<")
                .contains("href=\"/screen\"", "href=\"/duties\"", "href=\"/health\"", "href=\"/warnings\"");
    }

    @Test
    void theMapListsOnlyTheEnterprisesOfTheJurisdictionAndDrawsTheCountyInsideItsCity() throws Exception {
        String page = homePageOf("zezhou");
        assertThat(page).contains("data-boundary=\"140500\"", "data-focus=\"140525\"")
                .containsPattern("<li data-code=\"14052500001\"")
                .doesNotContainPattern("<li data-code=\"14058100")
                .doesNotContainPattern("<li data-code=\"14052200");
        String province = homePageOf("shanxi");
        assertThat(province).contains("data-boundary=\"140000\"").doesNotContain("data-focus=")
                .containsPattern("<li data-code=\"14058100001\"");
    }

    @Test
    void theLargeScreenAndTheCardsFragmentShowTheSameJurisdiction() throws Exception {
        var session = logIn("gaoping");
        var screen = mockMvc.perform(get("/screen").session(session)).andReturn().getResponse();
        screen.setCharacterEncoding("UTF-8");
        assertThat(screen.getStatus()).isEqualTo(200);
        assertThat(screen.getContentAsString()).contains("class=\"screen\"", "高平市兴高化工有限公司")
                .doesNotContain("晋城市恒泰氯碱化工有限公司");
        var cards = mockMvc.perform(get("/overview/cards").session(session)).andReturn().getResponse();
        cards.setCharacterEncoding("UTF-8");
        assertThat(cards.getContentAsString()).contains("id=\"card-total\"").containsPattern("<b>3</b>")
                .doesNotContain("<html");
    }

    @Test
    void theLiveFeedIsAnEventStreamForTheSignedInUser() throws Exception {
        var result = mockMvc.perform(get("/live/overview").session(logIn("zezhou"))).andReturn();
        assertThat(result.getRequest().isAsyncStarted()).isTrue();
        assertThat(result.getResponse().getContentType()).startsWith("text/event-stream");
        assertThat(result.getResponse().getContentAsString()).contains("event:hello", "zezhou");
        result.getRequest().getAsyncContext().complete();
    }

    @Test
    void theScriptsAndBoundariesArePublicAndResolveWithoutVersions() throws Exception {
        for (String path : new String[] {"/webjars/leaflet/dist/leaflet.js", "/webjars/leaflet/dist/leaflet.css",
                "/webjars/echarts/dist/echarts.min.js", "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/htmx-ext-sse/sse.js", "/geo/140500.geojson", "/geo/140000.geojson", "/js/overview.js"}) {
            assertThat(mockMvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theLoginPageIsChineseByDefaultAndEnglishWithLangEn() throws Exception {
        var chinese = mockMvc.perform(get("/login").header("Accept-Language", "en")).andReturn().getResponse();
        chinese.setCharacterEncoding("UTF-8");
        assertThat(chinese.getContentAsString()).contains(">用户名<", ">登录<");
        var english = mockMvc.perform(get("/login").param("lang", "en")).andReturn().getResponse();
        english.setCharacterEncoding("UTF-8");
        assertThat(english.getContentAsString()).contains(">User name<", ">Sign in<", "lang=\"en\"");
    }

    @Test
    void withLangEnTheFrameIsInEnglishAndChineseIsTheDefaultWhateverTheBrowserAsks() throws Exception {
        var english = mockMvc.perform(get("/").param("lang", "en").session(logIn("zezhou"))).andReturn()
                .getResponse();
        english.setCharacterEncoding("UTF-8");
        assertThat(english.getContentAsString()).contains(">Overview<", ">Regulator<", "lang=\"en\"");
        var chinese = mockMvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9")
                .session(logIn("zezhou"))).andReturn().getResponse();
        chinese.setCharacterEncoding("UTF-8");
        assertThat(chinese.getContentAsString()).contains(">总览<", "lang=\"zh-CN\"");
    }

    private static String rowOf(String page, String enterpriseCode) {
        int start = page.indexOf("<tr data-code=\"" + enterpriseCode + "\"");
        assertThat(start).as("row of %s", enterpriseCode).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private MockHttpSession logIn(String username) throws Exception {
        return (MockHttpSession) mockMvc.perform(formLogin().user(username).password("Demo@2026"))
                .andReturn().getRequest().getSession(false);
    }

    private String homePageOf(String username) throws Exception {
        var response = mockMvc.perform(get("/").session(logIn(username))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
