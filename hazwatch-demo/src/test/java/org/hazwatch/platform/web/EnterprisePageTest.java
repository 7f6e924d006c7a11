package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hazwatch.platform.web.WebSessions.login;
import static org.hazwatch.platform.web.WebSessions.page;
import static org.hazwatch.platform.web.WebSessions.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.alarm.AlarmOperated;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The enterprise page on the demo data: what it shows, to whom, and the alarm handling on it. */
@DemoTest
class EnterprisePageTest {

    static final String HENGTAI = "14052500001";
    static final String HENGTAI_GATEWAY = "1405250000101";
    /** 氯气体浓度2# (ppm, H 1, HH 2): a gas detector alarms without delay. */
    static final String CHLORINE_2 = "14052500001001Q0001YD002";
    /** 氯气体浓度1#, likewise: its alarm is acknowledged by another test than 2#'s. */
    static final String CHLORINE_1 = "14052500001001Q0001YD001";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    Registry registry;

    @Autowired
    AlarmOperationsHeard operations;

    @Test
    void aCountyRegulatorSeesTheHazardSourcesWithTheirGradingWorkingAndEveryPointWithItsLimits() throws Exception {
        String page = page(mockMvc, login(mockMvc, "zezhou"), "/enterprises/" + HENGTAI);
        assertThat(page).contains("晋城市恒泰氯碱化工有限公司", "液氯储罐区", "氯乙烯单体储罐区",
                "S = Σ q/Q", "R = α · Σ β·q/Q", "7782-50-5", "1#液氯储罐", "氯气体浓度1#", "%LEL",
                "data-point=\"14052500001001G0001YW001\"", "/live/enterprises/" + HENGTAI);
        // 40 t chlorine, Q 5 t: q/Q = 8
        assertThat(page).containsPattern("<td>40\\.00</td><td>5\\.00</td>\\s*<td>8\\.000</td>");
        assertThat(rowOf(page, "14052500001001G0001YW001")).contains("<td>2.72</td><td>2.88</td>", "<td>m</td>");
        assertThat(page).contains("包保履职", "吴国华");
    }

    @Test
    void aFilingShowsOnTheEnterpriseAndOnEachPointItCovers() throws Exception {
        String page = page(mockMvc, login(mockMvc, "zezhou"), "/enterprises/14052500003");
        assertThat(page).contains("filing-banner", "1#储罐检维修");
        assertThat(rowOf(page, "14052500003001G0001YW001")).contains("报备中：检维修 至", "data-band=\"FILED\"");
        assertThat(rowOf(page, "14052500003001G0002YW001")).doesNotContain("报备中");
    }

    @Test
    void everyLabelHasItsEnglishWithLangEn() throws Exception {
        MockHttpSession session = login(mockMvc, "zezhou");
        String page = page(mockMvc, session, "/enterprises/14052500003?lang=en");
        assertThat(page).contains("Monitoring points, live", "Major hazard sources (GB 18218-2018 grading)",
                "Custody duties").doesNotContain("??");
        String back = page(mockMvc, session, "/enterprises/14052500003?lang=zh-CN");
        assertThat(back).contains("监测点实时数据").doesNotContain("??");
    }

    @Test
    void anEnterpriseOutsideTheActorsScopeIsNotFound() throws Exception {
        MockHttpSession gaoping = login(mockMvc, "gaoping");
        assertThat(status(mockMvc, gaoping, "/enterprises/" + HENGTAI)).isEqualTo(404);
        assertThat(status(mockMvc, gaoping, "/enterprises/" + HENGTAI + "/alarms")).isEqualTo(404);
        assertThat(status(mockMvc, gaoping, "/live/enterprises/" + HENGTAI)).isEqualTo(404);
        assertThat(status(mockMvc, gaoping, "/enterprises/" + HENGTAI + "/points/" + CHLORINE_2 + "/trend"))
                .isEqualTo(404);
        MockHttpSession hengtai = login(mockMvc, "hengtai");
        assertThat(status(mockMvc, hengtai, "/enterprises/14052500002")).isEqualTo(404);
        assertThat(status(mockMvc, hengtai, "/enterprises/" + HENGTAI)).isEqualTo(200);
    }

    @Test
    void theTrendCarriesThePointsLimitsAndRefusesAnUnknownRange() throws Exception {
        MockHttpSession session = login(mockMvc, "hengtai");
        String trend = page(mockMvc, session, "/enterprises/" + HENGTAI + "/points/" + CHLORINE_2 + "/trend?range=6h");
        assertThat(trend).contains("\"limits\":{\"H\":1.0,\"HH\":2.0}", "\"unit\":\"ppm\"", "\"range\":\"6h\"");
        assertThat(status(mockMvc, session, "/enterprises/" + HENGTAI + "/points/" + CHLORINE_2 + "/trend?range=2y"))
                .isEqualTo(400);
        assertThat(status(mockMvc, session, "/enterprises/" + HENGTAI + "/points/14052500002001G0001YW001/trend"))
                .isEqualTo(404);
    }

    @Test
    void theDutyOperatorAcknowledgesAnAlarmOnThePageAndTheRegulatorOnlyWatches() throws Exception {
        sendReading(CHLORINE_2, 5.0);
        MockHttpSession operator = login(mockMvc, "hengtai");
        String alarmsUri = "/enterprises/" + HENGTAI + "/alarms";
        await().atMost(Duration.ofSeconds(10)).until(() -> page(mockMvc, operator, alarmsUri).contains(CHLORINE_2));
        String list = page(mockMvc, operator, alarmsUri);
        String id = alarmIdOf(list, CHLORINE_2);
        assertThat(alarmRow(list, id)).contains("高高报", "未确认", "确认");

        String regulatorList = page(mockMvc, login(mockMvc, "zezhou"), alarmsUri);
        assertThat(alarmRow(regulatorList, id)).contains("高高报").doesNotContain("/ack");

        var shelveWithoutReason = mockMvc.perform(post(alarmsUri + "/" + id + "/shelve").session(operator)
                .with(csrf()).param("hours", "8")).andReturn().getResponse();
        shelveWithoutReason.setCharacterEncoding(StandardCharsets.UTF_8.name());
        assertThat(alarmRow(shelveWithoutReason.getContentAsString(), id)).contains("请填写搁置原因", "未确认");

        var ack = mockMvc.perform(post(alarmsUri + "/" + id + "/ack").session(operator).with(csrf()))
                .andReturn().getResponse();
        ack.setCharacterEncoding(StandardCharsets.UTF_8.name());
        assertThat(ack.getStatus()).isEqualTo(200);
        assertThat(alarmRow(ack.getContentAsString(), id)).contains("已确认").doesNotContain("/ack");

        var forged = mockMvc.perform(post(alarmsUri + "/" + id + "/unshelve").session(operator)).andReturn();
        assertThat(forged.getResponse().getStatus()).as("without the CSRF token").isEqualTo(403);
    }

    @Test
    void anAcknowledgementOnOnePageSignalsEveryOpenPageOfThatEnterpriseAndNoOther() throws Exception {
        sendReading(CHLORINE_1, 6.0);
        MockHttpSession operator = login(mockMvc, "hengtai");
        String alarmsUri = "/enterprises/" + HENGTAI + "/alarms";
        await().atMost(Duration.ofSeconds(10)).until(() -> unacknowledged(page(mockMvc, operator, alarmsUri)) != null);
        String id = unacknowledged(page(mockMvc, operator, alarmsUri));
        MockHttpSession regulator = login(mockMvc, "zezhou");
        var ownPage = mockMvc.perform(get("/live/enterprises/" + HENGTAI).session(regulator)
                .accept(MediaType.TEXT_EVENT_STREAM)).andReturn().getResponse();
        var otherPage = mockMvc.perform(get("/live/enterprises/14052500002").session(regulator)
                .accept(MediaType.TEXT_EVENT_STREAM)).andReturn().getResponse();
        int before = operations.all().size();

        var ack = mockMvc.perform(post(alarmsUri + "/" + id + "/ack").session(operator).with(csrf()))
                .andReturn().getResponse();
        assertThat(ack.getStatus()).isEqualTo(200);

        List<AlarmOperated> heard = operations.all();
        assertThat(heard.subList(before, heard.size())).singleElement().satisfies(e -> {
            assertThat(e.episodeId()).hasToString(id);
            assertThat(e.enterpriseCode()).isEqualTo(EnterpriseCode.of(HENGTAI));
            assertThat(e.pointCode()).isEqualTo(PointCode.of(CHLORINE_1));
            assertThat(e.operation()).isEqualTo(AlarmOperated.Operation.ACKNOWLEDGED);
            assertThat(e.by()).isEqualTo("hengtai");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> ownPage.getContentAsString()
                .contains("event:alarms\ndata:ACKNOWLEDGED"));
        // one task sends a signal to all of an enterprise's pages: once the own page has it, no other will get it
        assertThat(otherPage.getContentAsString()).contains("event:hello").doesNotContain("ACKNOWLEDGED");
    }

    /** The id of the first unacknowledged alarm of 氯气体浓度1# in the list, or null. */
    private static String unacknowledged(String list) {
        Matcher m = Pattern.compile("<tr[^>]*data-alarm=\"([0-9a-f-]{36})\"[^>]*>(?:(?!</tr>).)*" + CHLORINE_1
                + "(?:(?!</tr>).)*未确认", Pattern.DOTALL).matcher(list);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void theLiveFeedOpensForAnEnterpriseTheActorSees() throws Exception {
        var result = mockMvc.perform(get("/live/enterprises/" + HENGTAI).session(login(mockMvc, "hengtai"))
                .accept(MediaType.TEXT_EVENT_STREAM)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getRequest().isAsyncStarted()).isTrue();
        assertThat(result.getResponse().getContentAsString()).contains("event:hello");
    }

    private void sendReading(String point, double value) throws Exception {
        sendReading(mockMvc, registry, point, value);
    }

    /** A reading of a point of 恒泰, signed by its gateway and posted over the HTTP contract. */
    static void sendReading(MockMvc mockMvc, Registry registry, String point, double value) throws Exception {
        byte[] body = WireJson.encode(new ReadingBatch(HENGTAI, HENGTAI_GATEWAY, UUID.randomUUID().toString(),
                List.of(new Reading(point, OffsetDateTime.now(ZoneOffset.ofHours(8)), value, Quality.GOOD))));
        String secret = registry.gateway(HENGTAI_GATEWAY).orElseThrow().secret();
        var request = post("/api/v1/ingest/readings").contentType(MediaType.APPLICATION_JSON).content(body);
        new RequestSigner(secret).headers(HENGTAI_GATEWAY, System.currentTimeMillis(), body)
                .forEach(request::header);
        assertThat(mockMvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    static String rowOf(String page, String pointCode) {
        int start = page.indexOf("data-point=\"" + pointCode + "\"");
        assertThat(start).as("row of %s", pointCode).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    static String alarmIdOf(String list, String pointCode) {
        Matcher m = Pattern.compile("data-alarm=\"([0-9a-f-]{36})\" data-point=\"" + pointCode + "\"").matcher(list);
        assertThat(m.find()).as("alarm row of %s", pointCode).isTrue();
        return m.group(1);
    }

    static String alarmRow(String list, String id) {
        int start = list.indexOf("data-alarm=\"" + id + "\"");
        assertThat(start).as("alarm %s", id).isNotNegative();
        return list.substring(start, list.indexOf("</tr>", start));
    }
}
