package org.hazwatch.platform.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.alarm.AlarmSearch;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * What the province shows of its cities (docs/CASCADE.md): the data-quality alarm of a silent city, the forwarded
 * alarms' and warnings' details with their origin, and the alarm lists' filters over forwarded and own alarms as one
 * list; another jurisdiction's regulator sees none of it.
 */
@PlatformTest
class CascadeProvinceViewsTest {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    CitySilences silences;

    @Autowired
    AlarmSearch search;

    @Test
    void aCitySilentPastTheThresholdHasOneAlarmInTheListAndABatchFromItClearsIt() throws Exception {
        SignedCity city = SignedCity.register(mvc, json, TestJurisdictions.freshCounty(mvc));
        County other = TestJurisdictions.freshCounty(mvc);
        city.forwardsEnterprise();
        Instant lastHeard = Instant.now().minus(Duration.ofMinutes(11)).truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("UPDATE cascade_platform SET last_heard_at = :at WHERE code = :code")
                .param("at", Timestamp.from(lastHeard)).param("code", city.code()).update();

        silences.check(Instant.now());
        silences.check(Instant.now().plusSeconds(15));
        silences.check(Instant.now().plusSeconds(30));

        String active = body(get("/api/v1/alarms?kind=PLATFORM_SILENT&jurisdiction=" + city.code()), city.county());
        assertThat(JsonPath.<List<String>>read(active, "$[*].text")).as("raised once, however often checked")
                .containsExactly("市级平台数据中断：" + city.name() + " 自 "
                        + DateTimeFormatter.ofPattern("HH:mm").format(lastHeard.atZone(BeijingTime.ZONE))
                        + " 起无数据");
        assertThat(JsonPath.<List<String>>read(active, "$[*].severity")).containsExactly("OFFLINE");
        assertThat(JsonPath.<List<String>>read(active, "$[*].state")).containsExactly("UNACKNOWLEDGED");
        String id = JsonPath.<List<String>>read(active, "$[*].id").get(0);
        assertThat(status(get("/api/v1/alarms/" + id), city.county())).isEqualTo(200);
        assertThat(status(get("/api/v1/alarms/" + id), other)).as("another county's regulator").isEqualTo(404);
        assertThat(JsonPath.<List<String>>read(body(get("/api/v1/alarms?kind=PLATFORM_SILENT"), other), "$[*].id"))
                .doesNotContain(id);
        assertThat(audited("cascade.city-silent", city.code())).isEqualTo(1);

        city.pollsOrders();

        assertThat(JsonPath.<List<String>>read(body(get("/api/v1/alarms?kind=PLATFORM_SILENT&jurisdiction="
                + city.code()), city.county()), "$[*].id")).as("heard again: no longer active").isEmpty();
        String all = body(get("/api/v1/alarms?state=all&kind=PLATFORM_SILENT&jurisdiction=" + city.code()),
                city.county());
        assertThat(JsonPath.<List<String>>read(all, "$[*].state")).containsExactly("NORMAL");
        assertThat(JsonPath.<List<String>>read(all, "$[*].clearedAt").get(0)).isNotNull();
        assertThat(audited("cascade.city-heard", city.code())).isEqualTo(1);
        silences.check(Instant.now());
        assertThat(jdbc.sql("SELECT count(*) FROM cascade_silence WHERE platform = :p").param("p", city.code())
                .query(Long.class).single()).as("heard a moment ago: no new silence").isEqualTo(1);
    }

    @Test
    void forwardedAlarmsAndWarningsAnswerTheirDetailsWithTheirOriginAndNotToAnotherJurisdiction() throws Exception {
        SignedCity city = SignedCity.register(mvc, json, TestJurisdictions.freshCounty(mvc));
        County other = TestJurisdictions.freshCounty(mvc);
        String enterprise = city.forwardsEnterprise();
        UUID alarm = city.forwardsAlarm(enterprise, "HH", "UNACKNOWLEDGED", OffsetDateTime.now(SHANGHAI));
        UUID warning = city.forwardsWarning(enterprise, OffsetDateTime.now(SHANGHAI));

        String detail = body(get("/api/v1/alarms/" + alarm), city.county());
        assertThat(JsonPath.<String>read(detail, "$.alarm.origin")).isEqualTo(city.code());
        assertThat(JsonPath.<String>read(detail, "$.alarm.severity")).isEqualTo("HH");
        assertThat(JsonPath.<String>read(detail, "$.alarm.enterpriseCode")).isEqualTo(enterprise);
        String shown = body(get("/api/v1/warnings/" + warning), city.county());
        assertThat(JsonPath.<String>read(shown, "$.origin")).isEqualTo(city.code());
        assertThat(JsonPath.<String>read(shown, "$.level")).isEqualTo("ORANGE");

        assertThat(status(get("/api/v1/alarms/" + alarm), other)).isEqualTo(404);
        assertThat(status(get("/api/v1/warnings/" + warning), other)).isEqualTo(404);
        assertThat(status(get("/api/v1/alarms/" + UUID.randomUUID()), city.county())).isEqualTo(404);
    }

    @Test
    void theAlarmListsFiltersApplyToForwardedAlarmsMergedWithOwnOnesAsOneOrderedPagedList() throws Exception {
        SignedCity city = SignedCity.register(mvc, json, TestJurisdictions.freshCounty(mvc));
        String forwardedEnterprise = city.forwardsEnterprise();
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.SECONDS);
        UUID oldHighHigh = city.forwardsAlarm(forwardedEnterprise, "HH", "UNACKNOWLEDGED", now.minusHours(3));
        UUID recentHigh = city.forwardsAlarm(forwardedEnterprise, "H", "NORMAL", now.minusMinutes(30));
        String own = TestEnterprises.importInto(mvc, city.county()).code();
        UUID ownHigh = ownAlarm(own, city.county(), "H", now.minusHours(1).toInstant());

        String all = body(get("/api/v1/alarms?state=all&jurisdiction=" + city.code()), city.county());
        assertThat(JsonPath.<List<String>>read(all, "$[*].id")).as("newest first, forwarded and own as one")
                .containsExactly(recentHigh.toString(), ownHigh.toString(), oldHighHigh.toString());
        assertThat(JsonPath.<List<String>>read(all, "$[*].origin")).containsExactly(city.code(), null, city.code());

        assertThat(ids("state=all&severity=H", city)).containsExactly(recentHigh.toString(), ownHigh.toString());
        assertThat(ids("state=active", city)).containsExactly(ownHigh.toString(), oldHighHigh.toString());
        assertThat(ids("state=all&from=" + now.minusHours(2),
                city)).containsExactly(recentHigh.toString(), ownHigh.toString());
        assertThat(ids("state=all&enterprise=" + forwardedEnterprise, city))
                .containsExactly(recentHigh.toString(), oldHighHigh.toString());
        assertThat(status(get("/api/v1/alarms?severity=LOUD"), city.county())).isEqualTo(400);

        Actor regulator = new Actor(city.county().regulatorUsername(), Role.REGULATOR, city.code(),
                city.county().path(), null);
        AlarmSearch.Criteria everything = new AlarmSearch.Criteria(null, null, null, null, null, null);
        AlarmSearch.Found first = search.find(regulator, null, everything, 0, 2);
        AlarmSearch.Found second = search.find(regulator, null, everything, 1, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items().stream().map(AlarmView::id)).containsExactly(recentHigh, ownHigh);
        assertThat(second.items().stream().map(AlarmView::id)).containsExactly(oldHighHigh);
        assertThat(search.find(regulator, null, new AlarmSearch.Criteria(null, null, null, null,
                Severity.HH, null), 0, 50).items().stream().map(AlarmView::id))
                .containsExactly(oldHighHigh);
    }

    private List<String> ids(String query, SignedCity city) throws Exception {
        return JsonPath.read(body(get("/api/v1/alarms?" + query + "&jurisdiction=" + city.code()), city.county()),
                "$[*].id");
    }

    private UUID ownAlarm(String enterprise, County county, String severity, Instant raised) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO alarm_episode (id, enterprise_code, point_code, jurisdiction_path, kind, severity, priority,
                    state, active, acknowledged, cover, raised_at, cleared_at, peak_value, late, seq)
                VALUES (:id, :e, :p, :path, 'LIMIT_HIGH', :sev, 'MEDIUM', 'UNACKNOWLEDGED', true, false, 'NONE',
                    :raised, NULL, 2.5, false, 1)""")
                .param("id", id).param("e", enterprise).param("p", enterprise + "001G0001YW001")
                .param("path", county.path()).param("sev", severity).param("raised", Timestamp.from(raised)).update();
        return id;
    }

    private long audited(String action, String code) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a AND target_code = :c")
                .param("a", action).param("c", code).query(Long.class).single();
    }

    private String body(MockHttpServletRequestBuilder request, County as) throws Exception {
        MvcResult result = mvc.perform(request.with(as.regulator())).andReturn();
        assertThat(result.getResponse().getStatus()).as(SignedCity.body(result)).isEqualTo(200);
        return SignedCity.body(result);
    }

    private int status(MockHttpServletRequestBuilder request, County as) throws Exception {
        return mvc.perform(request.with(as.regulator())).andReturn().getResponse().getStatus();
    }
}
