package org.hazwatch.platform.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Per-jurisdiction patrol settings (SPEC §9): the test profile sets 金水区 (410105) to end its afternoon round at 17:00
 * ({@code hazwatch.inspection.patrol.jurisdictions."410105".afternoon-until}); every other county keeps 18:00.
 */
@PlatformTest
class PatrolSettingsTest {

    static final ZoneId SHANGHAI = BeijingTime.ZONE;
    static final County JINSHUI = new County("410105", "金水区", "410000/410100/410105/");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PatrolRoundWatch watch;

    @Test
    void aCountySetToFivePmMissesItsAfternoonRoundAtFiveAndAnotherCountyDoesNot() throws Exception {
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                {"username":"%s","displayName":"金水区应急管理局","password":"%s","role":"REGULATOR","jurisdictionCode":"410105"}
                """.formatted(JINSHUI.regulatorUsername(), TestJurisdictions.PASSWORD)));
        TestEnterprises.importInto(mvc, JINSHUI);
        TestEnterprise other = TestEnterprises.importFresh(mvc);
        LocalDate day = LocalDate.now(SHANGHAI);

        watch.check(day.atTime(16, 59).atZone(SHANGHAI).toInstant());
        assertThat(misses(JINSHUI.code(), day)).containsExactly("MORNING");
        assertThat(misses(other.county().code(), day)).containsExactly("MORNING");

        watch.check(day.atTime(17, 0).atZone(SHANGHAI).toInstant());
        assertThat(misses(JINSHUI.code(), day)).containsExactly("AFTERNOON", "MORNING");
        assertThat(misses(other.county().code(), day)).containsExactly("MORNING");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM notification WHERE kind = 'PATROL_ROUND_MISSED' AND idempotency_key = :key""")
                .param("key", "patrol-missed:410105:" + day + ":AFTERNOON").query(Integer.class).single())
                .isEqualTo(1);

        watch.check(day.atTime(17, 59).atZone(SHANGHAI).toInstant());
        assertThat(misses(other.county().code(), day)).containsExactly("MORNING");
        watch.check(day.atTime(18, 0).atZone(SHANGHAI).toInstant());
        assertThat(misses(other.county().code(), day)).containsExactly("AFTERNOON", "MORNING");

        // the pages say which values are in force and where they come from
        String jinshui = page(JINSHUI.regulatorUsername(), "/patrols");
        assertThat(jinshui).contains("上午巡查截止 12:00</span><span>（默认）</span> · <span>下午 17:00</span><span>（本级设置）");
        assertThat(page(JINSHUI.regulatorUsername(), "/patrols/compliance")).contains("下午 17:00</span><span>（本级设置）");
        assertThat(page(other.county().regulatorUsername(), "/patrols/compliance"))
                .contains("上午巡查截止 12:00</span> · <span>下午 18:00</span><span>（默认）");
    }

    private List<String> misses(String code, LocalDate day) {
        return jdbc.sql("SELECT round FROM patrol_round_missed WHERE jurisdiction_code = :c AND day = :d ORDER BY round")
                .param("c", code).param("d", day).query(String.class).list();
    }

    private String page(String username, String uri) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username)
                .password(TestJurisdictions.PASSWORD)).andReturn().getRequest().getSession(false);
        MockHttpServletResponse response = mvc.perform(get(uri).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", uri).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
