package org.hazwatch.platform.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.telemetry.LiveReadings;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PlatformTest
class PatrolApiTest {

    static final ZoneId SHANGHAI = BeijingTime.ZONE;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PatrolRoundWatch watch;

    @Autowired
    LiveReadings live;

    MockMvcTester api;
    TestEnterprise plant;
    County county;

    @BeforeEach
    void aCountyWithAnEnterprise() {
        api = MockMvcTester.create(mvc);
        plant = TestEnterprises.importFresh(mvc);
        county = plant.county();
    }

    @Test
    void anOfflineEnterpriseWithoutAFilingPreFillsDataOnlineAbnormalAndWithAFilingNormal() {
        // its gateway was last heard at 09:12 (local) yesterday: offline since then (SPEC §4, 10 min)
        Instant lastHeard = LocalDate.now(SHANGHAI).minusDays(1).atTime(9, 12).atZone(SHANGHAI).toInstant();
        live.gatewayHeard(plant.code(), lastHeard);
        String since = DateTimeFormatter.ofPattern("M月d日 HH:mm").format(lastHeard.atZone(SHANGHAI));

        Map<String, Object> before = item(today(county.regulator()), plant.code(), "DATA_ONLINE");
        assertThat(before).containsEntry("result", "ABNORMAL").containsEntry("evidence", "离线自 " + since + "，无报备");
        // its one camera never reported and no filing covers it (SPEC §9 ②)
        Map<String, Object> video = item(today(county.regulator()), plant.code(), "VIDEO_ONLINE");
        assertThat(video).containsEntry("result", "ABNORMAL");
        assertThat((String) video.get("evidence")).startsWith("摄像头 0/1 在线，未报备离线：").endsWith("从未上报");
        assertThat(item(today(county.regulator()), plant.code(), "DUTY_ROOM_ATTENDED"))
                .containsEntry("result", "NORMAL").containsEntry("evidence", "今日未发现值班室脱岗");
        assertThat(item(today(county.regulator()), plant.code(), "FILINGS"))
                .containsEntry("result", "NORMAL").containsEntry("evidence", "无生效报备");

        OffsetDateTime now = OffsetDateTime.now(SHANGHAI);
        assertThat(api.post().uri("/api/v1/enterprises/" + plant.code() + "/filings").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"SHUTDOWN","scope":"ENTERPRISE","targets":[],"from":"%s","until":"%s","reason":"停产检修"}
                        """.formatted(now.minusHours(1), now.plusDays(1)))).hasStatus(201);

        Map<String, Object> after = item(today(county.regulator()), plant.code(), "DATA_ONLINE");
        assertThat(after).containsEntry("result", "NORMAL");
        assertThat((String) after.get("evidence")).startsWith("离线自 " + since + "，已报备：停产 至 ");
        assertThat((String) item(today(county.regulator()), plant.code(), "FILINGS").get("evidence"))
                .startsWith("生效报备 1 条：停产 至 ");
        Map<String, Object> videoFiled = item(today(county.regulator()), plant.code(), "VIDEO_ONLINE");
        assertThat(videoFiled).containsEntry("result", "NORMAL");
        assertThat((String) videoFiled.get("evidence")).startsWith("摄像头 0/1 在线，离线均已报备：");

        // heard now: online again
        live.gatewayHeard(plant.code(), Instant.now());
        assertThat(item(today(county.regulator()), plant.code(), "DATA_ONLINE")).containsEntry("result", "NORMAL");
        assertThat((String) item(today(county.regulator()), plant.code(), "DATA_ONLINE").get("evidence"))
                .startsWith("在线，最后数据 ");
    }

    @Test
    void aRoundDoneByTheCountyCountsInComplianceAndTheCitySeesIt() {
        TestEnterprise second = TestEnterprises.importInto(mvc, county);
        String city = cityOf(county);
        String cityUser = "city-" + city + "-" + county.code();
        accounts.createIfAbsent(cityUser, "市应急管理局", TestJurisdictions.PASSWORD, Role.REGULATOR, city);
        RequestPostProcessor cityRegulator = httpBasic(cityUser, TestJurisdictions.PASSWORD);

        String first = record(county.regulator(), plant.code(), "MORNING", "ABNORMAL", 201);
        record(county.regulator(), second.code(), "MORNING", "NORMAL", 201);
        assertThat(api.get().uri("/api/v1/patrols/" + first).with(county.regulator())).hasStatusOk().bodyJson()
                .extractingPath("$.kind").isEqualTo("PATROL");

        String day = LocalDate.now(SHANGHAI).toString();
        MvcTestResult mine = api.get().uri("/api/v1/patrols/compliance?jurisdiction=" + county.code() + "&day=" + day)
                .with(county.regulator()).exchange();
        assertThat(mine).hasStatusOk().bodyJson().extractingPath("$.due").isEqualTo(2);
        assertThat(mine).bodyJson().extractingPath("$.patrolled").isEqualTo(2);
        assertThat(mine).bodyJson().extractingPath("$.roundsDone").isEqualTo(1);
        assertThat(mine).bodyJson().extractingPath("$.rounds[0].complete").isEqualTo(true);
        assertThat(mine).bodyJson().extractingPath("$.rounds[1].complete").isEqualTo(false);

        MvcTestResult ofCity = api.get().uri("/api/v1/patrols/compliance?jurisdiction=" + city + "&day=" + day)
                .with(cityRegulator).exchange();
        assertThat(ofCity).hasStatusOk().bodyJson().extractingPath("$.level").isEqualTo("CITY");
        String countyRow = "$.subordinates[?(@.jurisdiction == '" + county.code() + "')]";
        assertThat(ofCity).bodyJson().extractingPath(countyRow + ".patrolled").asArray().containsExactly(2);
        assertThat(ofCity).bodyJson().extractingPath(countyRow + ".roundsDone").asArray().containsExactly(1);
        assertThat(api.get().uri("/api/v1/patrols/" + first).with(cityRegulator)).hasStatusOk().bodyJson()
                .extractingPath("$.items[0].result").isEqualTo("ABNORMAL");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'patrol.record' AND target_code = :id")
                .param("id", first).query(Integer.class).single()).isEqualTo(1);

        // the city's own spot checks: no round; at least one of this county is on its list
        assertThat(api.get().uri("/api/v1/patrols/spot-checks?jurisdiction=" + city).with(cityRegulator))
                .hasStatusOk().bodyJson().extractingPath("$").asArray().isNotEmpty();
        record(cityRegulator, plant.code(), "MORNING", "NORMAL", 400);
        assertThat(api.post().uri("/api/v1/patrols").with(cityRegulator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enterpriseCode\":\"" + plant.code() + "\",\"items\":[{\"item\":\"DATA_ONLINE\","
                        + "\"result\":\"NORMAL\"}]}")).hasStatus(201).bodyJson().extractingPath("$.kind")
                .isEqualTo("SPOT_CHECK");
    }

    @Test
    void anUnpatrolledCountyAtSixProducesTheMissedRoundOnceAndAPatrolledOneDoesNot() {
        TestEnterprise patrolled = TestEnterprises.importFresh(mvc);
        record(patrolled.county().regulator(), patrolled.code(), "MORNING", "NORMAL", 201);
        record(patrolled.county().regulator(), patrolled.code(), "AFTERNOON", "NORMAL", 201);
        LocalDate day = LocalDate.now(SHANGHAI);

        watch.check(day.atTime(17, 59).atZone(SHANGHAI).toInstant());
        assertThat(misses(county.code(), day)).containsExactly("MORNING");

        watch.check(day.atTime(18, 0).atZone(SHANGHAI).toInstant());
        watch.check(day.atTime(18, 5).atZone(SHANGHAI).toInstant());
        assertThat(misses(county.code(), day)).containsExactly("AFTERNOON", "MORNING");
        assertThat(misses(patrolled.county().code(), day)).isEmpty();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM notification WHERE kind = 'PATROL_ROUND_MISSED' AND enterprise_code = :c
                  AND idempotency_key = :key""")
                .param("c", county.code()).param("key", "patrol-missed:" + county.code() + ":" + day + ":AFTERNOON")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(api.get().uri("/api/v1/patrols/compliance?jurisdiction=" + county.code() + "&day=" + day)
                .with(county.regulator())).hasStatusOk().bodyJson().extractingPath("$.missed").asArray()
                .contains(county.code() + "/AFTERNOON");
    }

    @Test
    void anotherCountysRegulatorGetsNotFoundForThePatrolsAndRecords() {
        County other = TestJurisdictions.freshCounty(mvc);
        String id = record(county.regulator(), plant.code(), "MORNING", "ABNORMAL", 201);
        assertThat(api.get().uri("/api/v1/patrols/today?jurisdiction=" + county.code()).with(other.regulator()))
                .hasStatus(404);
        assertThat(api.get().uri("/api/v1/patrols/compliance?jurisdiction=" + county.code())
                .with(other.regulator())).hasStatus(404);
        assertThat(api.get().uri("/api/v1/patrols/" + id).with(other.regulator())).hasStatus(404);
        record(other.regulator(), plant.code(), "MORNING", "NORMAL", 404);
        assertThat(api.get().uri("/api/v1/patrols?jurisdiction=" + county.code()).with(other.regulator()))
                .hasStatus(404);
        assertThat(api.get().uri("/api/v1/patrols?jurisdiction=" + other.code()).with(other.regulator()))
                .hasStatusOk().bodyJson().extractingPath("$").asArray().isEmpty();
    }

    @Test
    void badInputIsRefusedWholeAndNothingIsStored() {
        List<?> before = records();
        assertThat(post(county.regulator(), "{\"enterpriseCode\":\"" + plant.code() + "\",\"items\":[]}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("items");
        assertThat(post(county.regulator(), "{\"enterpriseCode\":\"" + plant.code() + "\",\"items\":["
                + "{\"item\":\"DATA_ONLINE\",\"result\":\"NORMAL\"},{\"item\":\"DATA_ONLINE\",\"result\":null}]}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("items[1].item", "items[1].result");
        assertThat(post(county.regulator(), "{\"enterpriseCode\":\"" + plant.code() + "\",\"items\":["
                + "{\"item\":\"NO_SUCH_ITEM\",\"result\":\"NORMAL\"}]}")).hasStatus(400);
        assertThat(records()).hasSameSizeAs(before);
    }

    @Test
    void snapshotsAreKeptAndServedOnlyWithinTheScope() throws IOException {
        String id = record(county.regulator(), plant.code(), "AFTERNOON", "ABNORMAL", 201);
        byte[] png = png();
        MvcTestResult added = api.post().uri("/api/v1/patrols/" + id + "/snapshots").with(county.regulator())
                .multipart().file(new MockMultipartFile("file", "现场.png", "image/png", png)).exchange();
        assertThat(added).hasStatus(201).bodyJson().extractingPath("$.snapshots[0].contentType")
                .isEqualTo("image/png");
        String attachment = com.jayway.jsonpath.JsonPath.read(added.getResponse().getContentAsString(),
                "$.snapshots[0].id");
        MvcTestResult served = api.get().uri("/api/v1/patrols/" + id + "/snapshots/" + attachment)
                .with(county.regulator()).exchange();
        assertThat(served).hasStatusOk().hasContentType("image/png");
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(png);
        County other = TestJurisdictions.freshCounty(mvc);
        assertThat(api.get().uri("/api/v1/patrols/" + id + "/snapshots/" + attachment).with(other.regulator()))
                .hasStatus(404);
        assertThat(api.post().uri("/api/v1/patrols/" + id + "/snapshots").with(county.regulator()).multipart()
                .file(new MockMultipartFile("file", "x.png", "image/png", "not an image".getBytes()))).hasStatus(400);
    }

    private MvcTestResult today(RequestPostProcessor who) {
        MvcTestResult result = api.get().uri("/api/v1/patrols/today?jurisdiction=" + county.code()).with(who)
                .exchange();
        assertThat(result).hasStatusOk();
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(MvcTestResult today, String enterprise, String item) {
        try {
            List<Map<String, Object>> found = com.jayway.jsonpath.JsonPath.read(
                    today.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8),
                    "$.enterprises[?(@.enterpriseCode == '" + enterprise + "')].items[?(@.item == '" + item + "')]");
            assertThat(found).hasSize(1);
            return found.get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String record(RequestPostProcessor who, String enterprise, String round, String dataOnline, int status) {
        MvcTestResult result = post(who, """
                {"enterpriseCode":"%s","round":"%s","items":[{"item":"DATA_ONLINE","result":"%s","note":"现场核实"}],
                 "note":"巡查"}""".formatted(enterprise, round, dataOnline));
        assertThat(result).hasStatus(status);
        if (status != 201) {
            return null;
        }
        try {
            return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private MvcTestResult post(RequestPostProcessor who, String body) {
        return api.post().uri("/api/v1/patrols").with(who).contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange();
    }

    private List<String> records() {
        return jdbc.sql("SELECT id::text FROM patrol_record WHERE enterprise_code = :e").param("e", plant.code())
                .query(String.class).list();
    }

    private List<String> misses(String code, LocalDate day) {
        return jdbc.sql("SELECT round FROM patrol_round_missed WHERE jurisdiction_code = :c AND day = :d ORDER BY round")
                .param("c", code).param("d", day).query(String.class).list();
    }

    private static String cityOf(County county) {
        String[] codes = county.path().split("/");
        return codes[codes.length - 2];
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
