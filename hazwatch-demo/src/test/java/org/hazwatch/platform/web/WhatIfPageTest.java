package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.web.WebSessions.login;
import static org.hazwatch.platform.web.WebSessions.page;
import static org.hazwatch.platform.web.WebSessions.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.hazwatch.platform.alarm.LimitChange;
import org.hazwatch.platform.alarm.LimitChanges;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.Registry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The what-if page's access and refusals (issue 18) on the test's own enterprise in 芮城县: its safety manager gets
 * the apply form, the county's regulator looks without it and gets 403 on applying, 泽州县's regulator gets 404 on
 * the page, on applying and on the change; bad input comes back beside its fields with nothing changed.
 */
@DemoTest
class WhatIfPageTest {

    static final String ENTERPRISE = "14083000472";
    static final String POINT = ENTERPRISE + "001G0001YW001";
    static final String PASSWORD = "whatif-page-1";

    @Autowired
    MockMvc mockMvc;
    @Autowired
    Registry registry;
    @Autowired
    Accounts accounts;
    @Autowired
    LimitChanges changes;

    MockHttpSession safetyManager;
    MockHttpSession county;
    MockHttpSession zezhou;

    @BeforeEach
    void plant() throws Exception {
        if (registry.point(POINT).isEmpty()) {
            int status = mockMvc.perform(post("/api/v1/registry/import").with(httpBasic("admin", "admin-test-password"))
                    .contentType(MediaType.APPLICATION_JSON).content(document().getBytes(StandardCharsets.UTF_8)))
                    .andReturn().getResponse().getStatus();
            assertThat(status).isBetween(200, 201);
        }
        accounts.createIfAbsent("whatif-sm-" + ENTERPRISE, "安全负责人", PASSWORD, Role.ENTERPRISE_ADMIN, ENTERPRISE);
        accounts.createIfAbsent("whatif-county-140830", "芮城县应急管理局", PASSWORD, Role.REGULATOR, "140830");
        safetyManager = login(mockMvc, "whatif-sm-" + ENTERPRISE, PASSWORD);
        county = login(mockMvc, "whatif-county-140830", PASSWORD);
        zezhou = login(mockMvc, "zezhou");
    }

    @Test
    void theSafetyManagerMayApplyTheCountyOnlyLooksAndAnotherCountyFindsNothing() throws Exception {
        String own = page(mockMvc, safetyManager, "/points/" + POINT + "/what-if");
        assertThat(own).contains("id=\"whatif-form\"", "id=\"whatif-apply-form\"", "id=\"count-current\"");
        String looked = page(mockMvc, county, "/points/" + POINT + "/what-if");
        assertThat(looked).contains("id=\"whatif-form\"", "id=\"count-current\"").doesNotContain("whatif-apply-form");
        assertThat(status(mockMvc, zezhou, "/points/" + POINT + "/what-if")).isEqualTo(404);
        assertThat(status(mockMvc, zezhou, "/points/" + POINT + "/what-if/chart?from=2026-12-01T00:00&to="
                + "2026-12-02T00:00")).isEqualTo(404);

        assertThat(apply(county, "8.0", "9.5", "0.3", "复核").getStatus()).isEqualTo(403);
        assertThat(apply(zezhou, "8.0", "9.5", "0.3", "复核").getStatus()).isEqualTo(404);
        assertThat(registry.point(POINT).orElseThrow().deadband()).isEqualTo(0.1);

        LimitChange change = changes.apply(new Actor("whatif-sm-" + ENTERPRISE, Role.ENTERPRISE_ADMIN, null, null,
                ENTERPRISE), POINT, new org.hazwatch.platform.alarm.LimitChangeRequest(null, null, 8.0, 9.5, 0.1,
                0L, 0L, "测试", null, null), null);
        int answer = mockMvc.perform(post("/limit-changes/" + change.id() + "/acknowledge").session(zezhou).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(answer).isEqualTo(404);
        assertThat(page(mockMvc, zezhou, "/limit-changes")).doesNotContain(POINT);
        assertThat(page(mockMvc, county, "/limit-changes")).contains(POINT);
        assertThat(page(mockMvc, county, "/enterprises/" + ENTERPRISE))
                .contains("/points/" + POINT + "/what-if");
    }

    @Test
    void badInputComesBackBesideItsFieldsAndNothingChanges() throws Exception {
        MockHttpServletResponse crossed = apply(safetyManager, "9.8", "9.5", "0.1", "H 上调");
        assertThat(crossed.getStatus()).isEqualTo(200);
        assertThat(crossed.getContentAsString()).contains("whatif-apply-failed", "data-field=\"hh\"");
        MockHttpServletResponse noReason = apply(safetyManager, "8.0", "9.5", "0.5", " ");
        assertThat(noReason.getContentAsString()).contains("data-field=\"reason\"");
        MockHttpServletResponse notANumber = apply(safetyManager, "八", "9.5", "0.5", "死区");
        assertThat(notANumber.getContentAsString()).contains("data-field=\"h\"", "请输入数字");
        assertThat(registry.point(POINT).orElseThrow().h()).isEqualTo(8.0);
        assertThat(registry.point(POINT).orElseThrow().deadband()).isEqualTo(0.1);
    }

    private MockHttpServletResponse apply(MockHttpSession session, String h, String hh, String deadband,
                                          String reason) throws Exception {
        LocalDateTime to = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES);
        MockHttpServletResponse response = mockMvc.perform(post("/points/" + POINT + "/what-if/apply")
                        .session(session).with(csrf()).param("from", to.minusHours(2).toString())
                        .param("to", to.toString()).param("ll", "").param("l", "").param("h", h).param("hh", hh)
                        .param("deadband", deadband).param("onDelaySeconds", "0").param("offDelaySeconds", "0")
                        .param("reason", reason))
                .andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    private static String document() {
        return """
                {"enterprise":{"code":"%1$s","name":"芮城回放示范化工有限公司","jurisdiction":"140830",
                  "address":"芮城县古魏镇","lon":110.70,"lat":34.70,"creditCode":"91140830MA0K999999",
                  "dutyPhone":"0359-7654321"},
                 "hazardSources":[{"code":"%1$s001","name":"甲醇罐区","exposedPeople":10,
                   "chemicals":[{"cas":"67-56-1","name":"甲醇","quantityTonnes":600}],
                   "equipment":[{"code":"%1$s001G0001","type":"G0","name":"1#甲醇储罐","medium":"67-56-1",
                       "volumeM3":1000,
                       "points":[{"code":"%1$s001G0001YW001","name":"储罐液位","kind":"YW","unit":"m",
                                  "rangeLow":0,"rangeHigh":10,"h":8.0,"hh":9.5,"deadband":0.1,
                                  "onDelaySeconds":0,"offDelaySeconds":0,"tagNumber":"LT-301"}]}]}],
                 "gateways":[{"code":"%1$s01","name":"数采网关","vendor":"示范","ip":"10.0.0.8"}]}
                """.formatted(ENTERPRISE);
    }
}
