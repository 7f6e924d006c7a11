package org.hazwatch.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.net.URI;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@DemoTest
class DemoSeedTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Jurisdictions jurisdictions;

    @Autowired
    DemoSeed seed;

    @Test
    void seedsTheParkAboutADozenEnterprisesAndTheTennesseeEastmanPlant() {
        assertThat(jurisdictions.find("140525P01")).hasValueSatisfying(park ->
                assertThat(park.path()).isEqualTo("140000/140500/140525/140525P01/"));
        // the demo's own city: tests that import enterprises of their own do so elsewhere
        assertThat(codes("SELECT code FROM enterprise WHERE jurisdiction_path LIKE '140000/140500/%'"))
                .hasSizeBetween(10, 15)
                .contains("14052500001", "14058100001", "14052200001", "14052500099");
        assertThat(jdbc.sql("SELECT count(*) FROM point WHERE enterprise_code = '14052500099'")
                .query(Integer.class).single()).isEqualTo(22);
    }

    @Test
    void everyDemoHazardSourceIsGraded() {
        assertThat(jdbc.sql("SELECT count(*) FROM hazard_source WHERE level IS NULL").query(Integer.class).single())
                .isZero();
        assertThat(codes("SELECT DISTINCT level::text FROM hazard_source")).hasSizeGreaterThan(1);
    }

    @Test
    void aSecondRunChangesNothing() throws Exception {
        int before = jdbc.sql("SELECT count(*) FROM point").query(Integer.class).single();
        seed.run(null);
        assertThat(jdbc.sql("SELECT count(*) FROM point").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void theCountyLoginSeesItsCountyAndItsParkButNotTheNeighbours() {
        var list = MockMvcTester.create(mockMvc).get().uri("/api/v1/registry/enterprises?size=100")
                .with(httpBasic("zezhou", "Demo@2026"));
        assertThat(list).hasStatusOk().bodyJson().extractingPath("$.items[*].code").asArray()
                .contains("14052500001", "14052500003", "14052500099")
                .noneMatch(code -> code.toString().startsWith("140581") || code.toString().startsWith("140522"));
    }

    @Test
    void theEnterpriseOperatorSeesOnlyItsEnterprise() {
        var mine = MockMvcTester.create(mockMvc).get().uri("/api/v1/registry/enterprises/14052500001")
                .with(httpBasic("hengtai", "Demo@2026"));
        var other = MockMvcTester.create(mockMvc).get().uri("/api/v1/registry/enterprises/14052500002")
                .with(httpBasic("hengtai", "Demo@2026"));
        assertThat(mine).hasStatusOk();
        assertThat(other).hasStatus(404);
    }

    @Test
    void theBannerNamesTheAddressesAndEveryLogin() {
        String banner = DemoBanner.text(8123, URI.create("tcp://localhost:18830"), "pw", true);
        assertThat(banner).contains("http://localhost:8123/", "MQTT:           tcp://localhost:18830",
                "演示消息收件箱 / demo inbox: http://localhost:8123/api/v1/demo/inbox", "zezhou",
                "jincheng", "hengtai", "te", "pw");
    }

    private java.util.List<String> codes(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }
}
