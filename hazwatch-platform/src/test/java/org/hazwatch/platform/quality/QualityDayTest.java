package org.hazwatch.platform.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.protocol.BeijingTime;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A known day of readings posted through the ingest API with the platform's clock moved along the day, the 00:30
 * job run, and the exact rates and score of SPEC §9 read from the API.
 */
@PlatformTest
@Import(QualityDayTest.Clocks.class)
@TestPropertySource(properties = {"hazwatch.quality.first-look=1d", "hazwatch.quality.check-every=1d",
        "hazwatch.test.in-memory-directories=false"})
class QualityDayTest {

    static final ZoneId BEIJING = BeijingTime.ZONE;
    static final Duration EVERY = Duration.ofMinutes(6);
    static final int SLOTS = 240;
    static final LocalDate DAY = LocalDate.now(BEIJING).minusDays(2);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(DAY.atStartOfDay(BEIJING).toInstant().minus(Duration.ofHours(1)));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    QualityDayJob job;

    record Plant(String code, String gateway, String secret, List<String> points) {
    }

    /** A day whose readings are posted as they happen: 4 points, 2 never connected, 1 with 10 % late. */
    @Test
    void aKnownDayOfFourPointsGivesTheExactRatesAndScore() throws Exception {
        County county = TestJurisdictions.freshCounty(mvc);
        Plant plant = importPlant(county, 4);
        Plant flat = importPlant(county, 1);
        LocalDate day = DAY;
        Instant start = day.atStartOfDay(BEIJING).toInstant();
        String a = plant.points().get(0);
        String b = plant.points().get(1);
        String x = flat.points().get(0);

        record Post(Instant at, Plant plant, List<Reading> readings) {
        }
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            Instant t = start.plus(EVERY.multipliedBy(i));
            Reading ra = reading(a, t, 1 + (i % 7) * 0.1);
            Reading rb = reading(b, t, 2 + (i % 5) * 0.1);
            boolean late = i % 10 == 0;
            posts.add(new Post(t.plusSeconds(30), plant, late ? List.of(ra) : List.of(ra, rb)));
            if (late) {
                posts.add(new Post(t.plus(Duration.ofMinutes(10)), plant, List.of(rb)));
            }
            // the second plant: 5.0 unchanged for the first 12 hours (flatlined), then varying; one out of range
            double v = i < 120 ? 5.0 : i == 180 ? 11.0 : 1 + (i % 7) * 0.1;
            posts.add(new Post(t.plusSeconds(40), flat, List.of(reading(x, t, v))));
        }
        posts.sort(Comparator.comparing(Post::at));
        for (Post p : posts) {
            clock.set(p.at());
            send(p.plant(), p.readings());
        }

        clock.set(day.plusDays(1).atTime(0, 29).atZone(BEIJING).toInstant());
        assertThat(job.runAt(clock.instant())).isEmpty();
        clock.set(day.plusDays(1).atTime(0, 30).atZone(BEIJING).toInstant());
        assertThat(job.runAt(clock.instant())).contains(day);
        assertThat(job.runAt(clock.instant().plusSeconds(600))).isEmpty();
        clock.set(Instant.now());

        Map<String, Object> q = json(get("/api/v1/quality/enterprises/" + plant.code() + "?day=" + day)
                .with(county.regulator()), 200);
        assertThat(q).containsEntry("accessRate", 0.5).containsEntry("onlineRate", 0.5)
                .containsEntry("validity", 1.0).containsEntry("completeness", 1.0).containsEntry("stored", true)
                .containsEntry("videoOnlineRate", null).containsEntry("grade", "C");
        assertThat(number(q.get("timeliness"))).isCloseTo(0.95, within(1e-12));
        // (25·0.5 + 25·0.5 + 15·0.95 + 15·1 + 10·1) / 90 · 100, video absent
        assertThat(q.get("score")).isEqualTo(71.39);
        List<Map<String, Object>> points = cast(q.get("points"));
        assertThat(points).extracting(p -> p.get("pointCode")).containsExactly(plant.points().get(2),
                plant.points().get(3), b, a);
        assertThat(points.get(0)).containsEntry("reasons", List.of("NEVER_CONNECTED")).containsEntry("received", 0);
        assertThat(points.get(2)).containsEntry("reasons", List.of("LATE")).containsEntry("received", 240)
                .containsEntry("late", 24).containsEntry("onlineMinutes", 1440.0);
        assertThat(points.get(3)).containsEntry("reasons", List.of()).containsEntry("timeliness", 1.0);

        Map<String, Object> f = json(get("/api/v1/quality/enterprises/" + flat.code() + "?day=" + day)
                .with(county.regulator()), 200);
        assertThat(number(f.get("validity"))).isCloseTo(119 / 240.0, within(1e-12));
        assertThat(cast(f.get("points")).get(0)).containsEntry("flatlined", 120).containsEntry("usable", 239)
                .containsEntry("reasons", List.of("INVALID", "FLATLINED"));

        Map<String, Object> j = json(get("/api/v1/quality/jurisdictions/" + county.code() + "?day=" + day)
                .with(county.regulator()), 200);
        double flatScore = number(f.get("score"));
        assertThat(number(j.get("score"))).isCloseTo(Math.round((71.39 + flatScore) / 2 * 100) / 100.0,
                within(1e-9));
        assertThat(cast(j.get("ranking"))).extracting(r -> r.get("enterpriseCode"))
                .containsExactly(flat.code(), plant.code());

        // the pages: the county's ranking and grades, the drill-down with the reasons, the never-connected export
        org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession) mvc
                .perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                        .formLogin().user(county.regulatorUsername()).password(TestJurisdictions.PASSWORD))
                .andReturn().getRequest().getSession(false);
        String page = html(get("/quality?jurisdiction=" + county.code() + "&day=" + day).session(session));
        assertThat(page).contains("id=\"quality-ranking\"", "data-code=\"" + plant.code() + "\"", "71.39",
                plant.points().get(2), plant.points().get(3));
        String drill = html(get("/quality/enterprises/" + plant.code() + "?day=" + day).session(session));
        assertThat(drill).contains("从未接入", "延迟 24 条", "data-reasons=\"LATE\"", "95.0%");
        MvcResult xlsx = mvc.perform(get("/quality/never-connected.xlsx?jurisdiction=" + county.code())
                .session(session)).andReturn();
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(plant.points().get(2));
        }

        County other = TestJurisdictions.freshCounty(mvc);
        json(get("/api/v1/quality/enterprises/" + plant.code() + "?day=" + day).with(other.regulator()), 404);
        json(get("/api/v1/quality/jurisdictions/" + county.code() + "?day=" + day).with(other.regulator()), 404);
        json(get("/api/v1/quality/enterprises/" + plant.code() + "?day=2999-01-01").with(admin()), 400);
    }

    private static Reading reading(String point, Instant t, double value) {
        return new Reading(point, t.atOffset(ZoneOffset.ofHours(8)), value, Quality.GOOD);
    }

    private void send(Plant plant, List<Reading> readings) throws Exception {
        byte[] body = WireJson.encode(new ReadingBatch(plant.code(), plant.gateway(), UUID.randomUUID().toString(),
                readings));
        HttpHeaders headers = new HttpHeaders();
        new RequestSigner(plant.secret()).headers(plant.gateway(), clock.instant().toEpochMilli(), body)
                .forEach(headers::add);
        MvcResult result = mvc.perform(post("/api/v1/ingest/readings").contentType(MediaType.APPLICATION_JSON)
                .headers(headers).content(body)).andReturn();
        String reply = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(reply).isEqualTo(200);
        assertThat(reply).as(reply).contains("\"accepted\":" + readings.size());
    }

    private Plant importPlant(County county, int points) throws Exception {
        String code = TestEnterprises.newCode(county);
        StringBuilder list = new StringBuilder();
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= points; i++) {
            String point = code + "001G0001YW00" + i;
            codes.add(point);
            list.append(i > 1 ? "," : "").append("""
                    {"code":"%s","name":"液位%d","kind":"YW","unit":"m","rangeLow":0,"rangeHigh":10,"l":1.0,"h":8.0,
                     "tagNumber":"LT-10%d"}""".formatted(point, i, i));
        }
        String document = """
                {"enterprise":{"code":"%1$s","name":"质量示范化工%1$s","jurisdiction":"%2$s","address":"泽州县巴公镇",
                  "lon":112.85,"lat":35.49,"creditCode":"91140525MA0K123456","dutyPhone":"0356-1234567",
                  "contacts":{"principal":"王主任","principalPhone":"13800000001","safetyManager":"李安全",
                              "safetyManagerPhone":"13800000002"}},
                 "hazardSources":[{"code":"%1$s001","name":"液氯罐区","exposedPeople":40,
                   "chemicals":[{"cas":"7782-50-5","name":"氯","quantityTonnes":20}],
                   "custodyPersons":[{"role":"main","name":"王主任","phone":"13800000001","position":"总经理"},
                     {"role":"technical","name":"赵工","phone":"13800000003","position":"总工"},
                     {"role":"operations","name":"钱班长","phone":"13800000004","position":"班长"}],
                   "equipment":[{"code":"%1$s001G0001","type":"G0","name":"1#液氯储罐","medium":"7782-50-5",
                       "volumeM3":30,"designPressureMpa":1.6,
                       "storageMedia":[{"cas":"7782-50-5","name":"液氯","form":"liquid","maxQuantityTonnes":25}],
                       "points":[%3$s]}]}],
                 "gateways":[{"code":"%1$s01","name":"数采网关","vendor":"示范","ip":"10.0.0.8"}]}
                """.formatted(code, county.code(), list);
        MvcResult result = mvc.perform(post("/api/v1/registry/import").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content(document.getBytes(StandardCharsets.UTF_8)))
                .andReturn();
        String reply = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(reply).isEqualTo(200);
        return new Plant(code, code + "01", JsonPath.read(reply, "$.gateways[0].secret"), codes);
    }

    private Map<String, Object> json(org.springframework.test.web.servlet.RequestBuilder request, int status)
            throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        return status == 200 ? JsonPath.read(body, "$") : Map.of();
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body + result.getResponse().getRedirectedUrl())
                .isEqualTo(200);
        return body;
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cast(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
