package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.registry.Registry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** 基础数据 (/registry) and 接入进度 (/access) on the demo data: who sees what, and the single-object form. */
@DemoTest
class RegistryAndAccessPagesTest {

    static final String HENGTAI = "14052500001";
    static final String HENGTAI_LEVEL = "14052500001001G0001YW001";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    Registry registry;

    @Test
    void gaopingsRegulatorGetsNotFoundOnZezhousRegistryPagesAndAccessDrillDown() throws Exception {
        MockHttpSession gaoping = WebSessions.login(mockMvc, "gaoping");
        for (String uri : new String[] {"/registry/" + HENGTAI, "/registry/" + HENGTAI + "/export.xlsx",
                "/registry/" + HENGTAI + "/export.json", "/registry/" + HENGTAI + "/points/" + HENGTAI_LEVEL,
                "/registry?jurisdiction=140525", "/access?jurisdiction=140525",
                "/access/export.xlsx?jurisdiction=140525"}) {
            assertThat(WebSessions.status(mockMvc, gaoping, uri)).as(uri).isEqualTo(404);
        }
        assertThat(WebSessions.page(mockMvc, gaoping, "/registry")).contains("data-code=\"14058100001\"")
                .doesNotContain("data-code=\"" + HENGTAI + "\"");
        assertThat(WebSessions.page(mockMvc, gaoping, "/access")).contains("id=\"access-scope\">高平市<")
                .doesNotContain("data-code=\"" + HENGTAI + "\"");
    }

    @Test
    void zezhousRegulatorSeesItsEnterprisesTheirTreeAndTheAccessProgress() throws Exception {
        MockHttpSession zezhou = WebSessions.login(mockMvc, "zezhou");
        assertThat(WebSessions.page(mockMvc, zezhou, "/registry")).contains("id=\"upload-file\"",
                "id=\"template-link\"", "data-code=\"" + HENGTAI + "\"").doesNotContain("data-code=\"14058100001\"");
        assertThat(WebSessions.page(mockMvc, zezhou, "/registry/" + HENGTAI)).contains(
                "data-code=\"14052500001001C0001\" data-type=\"C0\"", "data-code=\"14052500001001ZX001\" data-type=\"ZX\"",
                "鹤位数 2", "面积 600.0 m²");
        String access = WebSessions.page(mockMvc, zezhou, "/access");
        assertThat(access).contains("id=\"access-scope\">泽州县<", "id=\"access-areas\"", "id=\"a-never\"",
                "<tr data-code=\"" + HENGTAI + "\"");
        assertThat(WebSessions.get200(mockMvc, zezhou, "/access/export.xlsx").getContentType())
                .startsWith("application/vnd.openxmlformats");
        assertThat(WebSessions.get200(mockMvc, zezhou, "/registry/template.xlsx").getContentAsByteArray())
                .startsWith('P', 'K');
    }

    @Test
    void enterpriseUsersSeeOnlyTheirOwnBaseDataAndNoAccessProgress() throws Exception {
        MockHttpSession operator = WebSessions.login(mockMvc, "hengtai");
        assertThat(WebSessions.status(mockMvc, operator, "/access")).isEqualTo(403);
        assertThat(WebSessions.page(mockMvc, operator, "/registry")).contains("data-code=\"" + HENGTAI + "\"")
                .doesNotContain("data-code=\"14052500002\"", "id=\"upload-file\"");
        assertThat(WebSessions.status(mockMvc, operator, "/registry/14052500002")).isEqualTo(404);
        assertThat(WebSessions.page(mockMvc, operator, "/registry/" + HENGTAI)).doesNotContain("/points/" + HENGTAI_LEVEL);
    }

    @Test
    void aPointFormWithAnInvalidLimitShowsTheProblemBesideTheFieldAndStoresNothing() throws Exception {
        double hh = registry.point(HENGTAI_LEVEL).orElseThrow().hh();
        MockHttpSession admin = WebSessions.login(mockMvc, "hengtai-admin");
        String form = WebSessions.page(mockMvc, admin, "/registry/" + HENGTAI + "/points/" + HENGTAI_LEVEL);
        assertThat(form).contains("id=\"f-hh\"", "id=\"save\"");

        var response = mockMvc.perform(post("/registry/" + HENGTAI + "/points/" + HENGTAI_LEVEL).session(admin)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())
                        .param("name", "1#液氯储罐液位").param("kind", "YW").param("unit", "m")
                        .param("rangeLow", "0").param("rangeHigh", "3.2").param("hh", "99"))
                .andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("<em class=\"field-error\" data-field=\"hh\"",
                "hh 99 lies outside the range 0 … 3.2");
        assertThat(registry.point(HENGTAI_LEVEL).orElseThrow().hh()).isEqualTo(hh);
    }
}
