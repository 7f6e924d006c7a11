package org.hazwatch.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A red warning of 恒泰氯碱 handled through the API, from the push to closure, with one rejected verification. */
@DemoTest
@RecordApplicationEvents
class DisposalWorkflowTest {

    static final String PASSWORD = "Demo@2026";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mockMvc;

    @Autowired
    DisposalWarningFixture warnings;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRedWarningIsSignedForFedBackRejectedFedBackAgainVerifiedAndClosed() throws Exception {
        UUID id = warnings.raise(DisposalWarningFixture.HENGTAI, WarningLevel.RED,
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        assertThat(get(id, "disposal", "hengtai")).hasStatusOk().bodyJson().extractingPath("$.state")
                .isEqualTo("PUSHED");
        assertThat(get(id, "disposal", "gaoping")).hasStatus(404);
        assertThat(post(id, "sign-for", "zezhou", "")).hasStatus(403);

        assertThat(post(id, "sign-for", "hengtai", "")).hasStatusOk().bodyJson().extractingPath("$.state")
                .isEqualTo("SIGNED_FOR");
        assertThat(post(id, "sign-for", "hengtai", "")).hasStatus(409).bodyJson().extractingPath("$.detail")
                .isEqualTo("该预警已签收");
        assertThat(events.stream(WarningSignedFor.class).filter(e -> e.warningId().equals(id))).singleElement()
                .satisfies(e -> assertThat(e.late()).isFalse());

        assertThat(post(id, "feedback", "hengtai", """
                {"cause": "WEATHER", "measures": " ", "photos": ["R0lGODlhAQABAAAAACw=", "%%%"]}"""))
                .hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("cause", "measures", "photos[0]", "photos[1]");
        assertThat(get(id, "disposal", "hengtai")).bodyJson().extractingPath("$.state").isEqualTo("SIGNED_FOR");

        String png = Base64.getEncoder().encodeToString(PNG);
        assertThat(post(id, "feedback", "hengtai", """
                {"cause": "PROCESS_FLUCTUATION", "measures": "降低氯气压缩机负荷，压力回落至 0.9 MPa",
                 "text": "已安排仪表复核", "photos": ["%s"]}""".formatted(png)))
                .hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("FED_BACK");
        assertThat(post(id, "verify", "hengtai", "{\"passed\": true}")).hasStatus(403);
        assertThat(post(id, "verify", "zezhou", "{\"passed\": false}")).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("comment");
        assertThat(post(id, "verify", "zezhou", "{\"passed\": false, \"comment\": \"未说明泄漏检测结果\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("SIGNED_FOR");
        assertThat(post(id, "feedback", "hengtai", """
                {"cause": "PROCESS_FLUCTUATION", "measures": "补充：现场检测无泄漏"}"""))
                .hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("FED_BACK");
        assertThat(post(id, "verify", "zezhou", "{\"passed\": true, \"comment\": \"现场核实\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("CLOSED");
        assertThat(post(id, "feedback", "hengtai", "{\"cause\": \"OTHER\", \"measures\": \"x\", \"text\": \"y\"}"))
                .hasStatus(409).bodyJson().extractingPath("$.detail").isEqualTo("处置已闭环");

        MvcTestResult timeline = get(id, "timeline", "jincheng");
        assertThat(timeline).hasStatusOk().bodyJson().extractingPath("$[*].kind").asArray().containsExactly(
                "RAISED", "SIGNED_FOR", "FEEDBACK", "VERIFY_REJECTED", "FEEDBACK", "VERIFIED", "CLOSED");
        assertThat(timeline).bodyJson().extractingPath("$[0].sentence").asString()
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d 预警产生（红色）：液氯储罐 G0001YL001 压力高高报 1.35 MPa");
        assertThat(timeline).bodyJson().extractingPath("$[1].text").isEqualTo("值班员 hengtai 签收");
        assertThat(timeline).bodyJson().extractingPath("$[3].who").isEqualTo("泽州县监管人员 zezhou");
        assertThat(timeline).bodyJson().extractingPath("$[2].photos").asArray().hasSize(1);

        String photo = JsonPath.read(timeline.getResponse().getContentAsString(StandardCharsets.UTF_8),
                "$[2].photos[0]");
        MvcTestResult image = mockMvc().get().uri(photo).with(httpBasic("hengtai", PASSWORD)).exchange();
        assertThat(image).hasStatusOk().hasContentType("image/png");
        assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(PNG);
        assertThat(mockMvc().get().uri(photo).with(httpBasic("gaoping", PASSWORD))).hasStatus(404);
        assertThat(events.stream(DisposalClosed.class).filter(e -> e.warningId().equals(id))).singleElement()
                .extracting(DisposalClosed::how).isEqualTo("VERIFIED");
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE target_code = :id ORDER BY id")
                .param("id", id.toString()).query(String.class).list()).containsExactly("disposal.sign-for",
                "disposal.feedback", "disposal.verify", "disposal.feedback", "disposal.verify");
    }

    @Test
    void theCountyFollowsUpAnOverdueWarningAndTheParkMayButNotTheEnterprise() {
        UUID id = warnings.raise(DisposalWarningFixture.HENGTAI, WarningLevel.YELLOW,
                Instant.now().minus(40, ChronoUnit.MINUTES));
        assertThat(mockMvc().get().uri("/api/v1/disposals?overdue=true&state=PUSHED")
                .with(httpBasic("zezhou", PASSWORD))).hasStatusOk().bodyJson().extractingPath("$[*].warningId")
                .asArray().contains(id.toString());
        String order = """
                {"instruction": "立即组织排查并反馈", "deadline": "%s"}""".formatted(
                Instant.now().plus(1, ChronoUnit.HOURS).atOffset(ZoneOffset.ofHours(8)));
        assertThat(post(id, "follow-up", "hengtai-admin", order)).hasStatus(403);
        assertThat(post(id, "follow-up", "zezhou", "{\"instruction\": \"\", \"deadline\": \"tomorrow\"}"))
                .hasStatus(400);
        assertThat(post(id, "follow-up", "zezhou", order)).hasStatusOk().bodyJson()
                .extractingPath("$.followUpDeadline").isNotNull();
        assertThat(events.stream(FollowUpOrdered.class)
                .filter(e -> e.warningId().equals(id))).singleElement()
                .satisfies(e -> assertThat(e.orderedBy()).isEqualTo("zezhou"));
        assertThat(get(id, "timeline", "hengtai")).bodyJson().extractingPath("$[1].text").asString()
                .startsWith("泽州县监管人员 zezhou 督办：立即组织排查并反馈（限 ");
        assertThat(mockMvc().get().uri("/api/v1/disposals?state=SIGNED").with(httpBasic("zezhou", PASSWORD)))
                .hasStatus(400);
    }

    @Test
    void photosAreLimitedInSizeAndNumberAndAYellowWarningClosesOnItsFeedback() {
        UUID id = warnings.raise(DisposalWarningFixture.HENGTAI, WarningLevel.YELLOW, Instant.now());
        assertThat(post(id, "sign-for", "hengtai-admin", "")).hasStatusOk();
        String tooLarge = Base64.getEncoder().encodeToString(jpeg(5 * 1024 * 1024 + 1));
        assertThat(post(id, "feedback", "hengtai-admin", feedbackWith("\"" + tooLarge + "\"")))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0]").isEqualTo(
                        Map.of("field", "photos[0]", "reason", "照片超过 5 MiB"));
        String small = "\"" + Base64.getEncoder().encodeToString(jpeg(1024)) + "\"";
        assertThat(post(id, "feedback", "hengtai-admin", feedbackWith(String.join(",", Collections
                .nCopies(6, small))))).hasStatus(400).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("photos");

        String large = Base64.getEncoder().encodeToString(jpeg(5 * 1024 * 1024));
        assertThat(post(id, "feedback", "hengtai-admin", feedbackWith("\"" + large + "\"")))
                .hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("CLOSED");
        assertThat(get(id, "timeline", "hengtai")).bodyJson().extractingPath("$[*].kind").asArray()
                .containsExactly("RAISED", "SIGNED_FOR", "FEEDBACK", "CLOSED");
    }

    private static String feedbackWith(String photos) {
        return """
                {"cause": "INSTRUMENT_FALSE_ALARM", "measures": "校验液位计", "photos": [%s]}""".formatted(photos);
    }

    private static byte[] jpeg(int size) {
        byte[] data = new byte[size];
        data[0] = (byte) 0xFF;
        data[1] = (byte) 0xD8;
        data[2] = (byte) 0xFF;
        return data;
    }

    private MvcTestResult post(UUID id, String action, String login, String body) {
        return mockMvc().post().uri("/api/v1/warnings/{id}/" + action, id).with(httpBasic(login, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult get(UUID id, String what, String login) {
        return mockMvc().get().uri("/api/v1/warnings/{id}/" + what, id).with(httpBasic(login, PASSWORD)).exchange();
    }

    private MockMvcTester mockMvc() {
        return MockMvcTester.create(mockMvc);
    }
}
