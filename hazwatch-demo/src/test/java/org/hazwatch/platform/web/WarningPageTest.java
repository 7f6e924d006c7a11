package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hazwatch.platform.web.WebSessions.login;
import static org.hazwatch.platform.web.WebSessions.page;
import static org.hazwatch.platform.web.WebSessions.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.time.Duration;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.warning.WarningView;
import org.hazwatch.platform.warning.Warnings;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** A red warning of 恒泰氯碱 handled on the pages: signed for, fed back (first incomplete), verified by the county. */
@DemoTest
class WarningPageTest {

    static final String HENGTAI = "14052500001";
    static final String HENGTAI_PATH = "140000/140500/140525/140525P01/";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Warnings warnings;

    @Autowired
    Registry registry;

    UUID id;

    @BeforeEach
    void aRedWarning() {
        id = new WarningEvents(events, transaction).raise(HENGTAI, HENGTAI + "001", HENGTAI_PATH, WarningLevel.RED,
                "液氯储罐 G0001YL001 压力高高报 1.65 MPa");
    }

    @Test
    void theEnterpriseSignsForAndFeedsBackAndTheCountyVerifies() throws Exception {
        MockHttpSession operator = login(mockMvc, "hengtai");
        assertThat(page(mockMvc, operator, "/console")).contains("data-warning=\"" + id + "\"", "去签收");
        String pushed = page(mockMvc, operator, "/warnings/" + id);
        assertThat(pushed).contains("红色预警", "已推送，待签收", "id=\"sign-for\"", "压力高高报 1.65 MPa")
                .doesNotContain("id=\"feedback\"", "id=\"follow-up\"");

        assertThat(send(post("/warnings/" + id + "/sign-for"), operator).getRedirectedUrl())
                .isEqualTo("/warnings/" + id);
        String signed = page(mockMvc, operator, "/warnings/" + id);
        assertThat(signed).contains("已签收，处置中", "id=\"feedback\"", "签收").doesNotContain("id=\"sign-for\"");

        MockHttpServletResponse incomplete = send(multipart("/warnings/" + id + "/feedback")
                .param("text", "已安排仪表复核"), operator);
        assertThat(incomplete.getStatus()).isEqualTo(200);
        assertThat(incomplete.getContentAsString()).contains("data-field=\"cause\">请选择原因类别",
                "data-field=\"measures\">请填写采取的处置措施", "已安排仪表复核", "已签收，处置中");

        send(multipart("/warnings/" + id + "/feedback").param("cause", "PROCESS_FLUCTUATION")
                .param("measures", "降低氯气压缩机负荷，压力回落至 0.9 MPa"), operator);
        assertThat(page(mockMvc, operator, "/warnings/" + id)).contains("已反馈，待核查", "降低氯气压缩机负荷")
                .doesNotContain("id=\"feedback\"");

        MockHttpSession county = login(mockMvc, "zezhou");
        assertThat(page(mockMvc, county, "/warnings")).contains("data-warning=\"" + id + "\"");
        assertThat(page(mockMvc, county, "/warnings/" + id)).contains("id=\"verify\"");
        send(post("/warnings/" + id + "/verify").param("passed", "true").param("comment", "现场核实"), county);
        assertThat(page(mockMvc, county, "/warnings/" + id)).contains("已闭环", "现场核实");
    }

    @Test
    void theCountyFollowsUpAndOthersSeeNothing() throws Exception {
        MockHttpSession county = login(mockMvc, "zezhou");
        assertThat(page(mockMvc, county, "/warnings/" + id)).contains("id=\"follow-up\"")
                .doesNotContain("id=\"sign-for\"");
        MockHttpServletResponse blank = send(post("/warnings/" + id + "/follow-up").param("hours", "4"), county);
        assertThat(blank.getContentAsString()).contains("data-field=\"instruction\">请填写督办要求");
        send(post("/warnings/" + id + "/follow-up").param("instruction", "立即排查泄漏并报告").param("hours", "4"),
                county);
        assertThat(page(mockMvc, county, "/warnings/" + id)).contains("立即排查泄漏并报告");

        assertThat(status(mockMvc, login(mockMvc, "gaoping"), "/warnings/" + id)).isEqualTo(404);
        assertThat(send(post("/warnings/" + id + "/sign-for"), county).getStatus()).as("regulators do not sign")
                .isEqualTo(403);
    }

    @Test
    void aWarningTheModelRaisedFromAnAlarmShowsItsFactors() throws Exception {
        // 氯乙烯气体浓度1# (ppm, HH 8): a gas detector alarms at once; the model warns of its hazard source
        EnterprisePageTest.sendReading(mockMvc, registry, "14052500001002Q0001YD001", 20.0);
        // other tests of the shared context may have left a warning on the same source: wait for this alarm's factor
        await().atMost(Duration.ofSeconds(20)).until(() -> warnings.standing(HENGTAI).stream()
                .anyMatch(WarningPageTest::warnsOfTheVinylChlorideDetector));
        UUID raised = warnings.standing(HENGTAI).stream()
                .filter(WarningPageTest::warnsOfTheVinylChlorideDetector).findFirst().orElseThrow().id();
        String page = page(mockMvc, login(mockMvc, "hengtai"), "/warnings/" + raised);
        assertThat(page).contains("预警因子", "data-factor=\"ALARM_HH_LL\"", "14052500001002Q0001YD001",
                "id=\"sign-for\"");
    }

    private static boolean warnsOfTheVinylChlorideDetector(WarningView w) {
        return "14052500001002".equals(w.hazardSourceCode()) && w.factors().stream()
                .anyMatch(f -> f.code().equals("ALARM_HH_LL") && f.detail().contains("14052500001002Q0001YD001"));
    }

    private MockHttpServletResponse send(
            AbstractMockHttpServletRequestBuilder<?> request,
            MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mockMvc.perform(request.session(session).with(csrf())).andReturn()
                .getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }
}
