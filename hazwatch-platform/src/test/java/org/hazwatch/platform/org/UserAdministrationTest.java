package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The user administration's API (people, issue 16): mobiles, generated passwords, disable and reset, scope. */
@PlatformTest
class UserAdministrationTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    DutyRoster roster;

    @Test
    void aRegulatorCreatesAnOnDutyOperatorWithAMobileAndAGeneratedPasswordThatLogsIn() throws Exception {
        TestEnterprise enterprise = TestEnterprises.importFresh(mockMvc);
        String regulator = enterprise.county().regulatorUsername();
        MockMvcTester mvc = MockMvcTester.create(mockMvc);
        String username = "op-" + enterprise.code();

        var created = mvc.post().uri("/api/v1/users").with(httpBasic(regulator, TestJurisdictions.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username": "%s", "displayName": "张当班", "role": "ENTERPRISE_OPERATOR",
                         "enterpriseCode": "%s", "mobile": "13912340001", "onDuty": true}""".formatted(username,
                        enterprise.code())).exchange();
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.mobile").isEqualTo("13912340001");
        String password = JsonPath.read(created.getResponse().getContentAsString(), "$.generatedPassword");
        assertThat(password).hasSize(12);
        assertThat(roster.onDuty(enterprise.code())).containsExactly(new DutyRoster.OnDutyPerson("张当班",
                "13912340001"));
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(username, password))).hasStatusOk();

        assertThat(mvc.post().uri("/api/v1/users/" + username + "/disable")
                .with(httpBasic(regulator, TestJurisdictions.PASSWORD))).hasStatusOk().bodyJson()
                .extractingPath("$.enabled").isEqualTo(false);
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(username, password))).hasStatus(401);
        assertThat(roster.onDuty(enterprise.code())).as("a disabled account is on nobody's rota").isEmpty();

        mvc.post().uri("/api/v1/users/" + username + "/enable").with(httpBasic(regulator, TestJurisdictions.PASSWORD))
                .exchange();
        var reset = mvc.post().uri("/api/v1/users/" + username + "/reset-password")
                .with(httpBasic(regulator, TestJurisdictions.PASSWORD)).exchange();
        String fresh = JsonPath.read(reset.getResponse().getContentAsString(), "$.password");
        assertThat(fresh).isNotEqualTo(password);
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(username, password))).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(username, fresh))).hasStatusOk();
    }

    @Test
    void aBadMobileIsRefusedWithTheOtherProblemsAndNothingIsStored() {
        County county = TestJurisdictions.freshCounty(mockMvc);
        MockMvcTester mvc = MockMvcTester.create(mockMvc);

        var refused = mvc.post().uri("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username": "bad-mobile-%s", "displayName": "", "role": "REGULATOR",
                         "jurisdictionCode": "%s", "mobile": "0356-2500001"}""".formatted(county.code(),
                        county.code())).exchange();
        assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("displayName", "mobile");
        assertThat(mvc.get().uri("/api/v1/users/bad-mobile-" + county.code()).with(admin())).hasStatus(404);

        var landlineOnly = mvc.post().uri("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username": "bad-mobile2-%s", "displayName": "某县", "role": "REGULATOR",
                         "jurisdictionCode": "%s", "mobile": "12912345678"}""".formatted(county.code(),
                        county.code())).exchange();
        assertThat(landlineOnly).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/users/bad-mobile2-" + county.code()).with(admin())).hasStatus(404);
    }

    @Test
    void anotherCountysRegulatorGets404AndAnOperatorGets403() {
        County mine = TestJurisdictions.freshCounty(mockMvc);
        County other = TestJurisdictions.freshCounty(mockMvc);
        MockMvcTester mvc = MockMvcTester.create(mockMvc);

        assertThat(mvc.get().uri("/api/v1/users/" + mine.regulatorUsername())
                .with(httpBasic(other.regulatorUsername(), TestJurisdictions.PASSWORD))).hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/users/" + mine.regulatorUsername() + "/reset-password")
                .with(httpBasic(other.regulatorUsername(), TestJurisdictions.PASSWORD))).hasStatus(404);
        assertThat(mvc.put().uri("/api/v1/users/" + mine.regulatorUsername() + "/contact")
                .with(httpBasic(other.regulatorUsername(), TestJurisdictions.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"mobile\": \"13912340002\"}")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/users/" + mine.regulatorUsername())
                .with(httpBasic(mine.regulatorUsername(), TestJurisdictions.PASSWORD))).hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/users/" + mine.regulatorUsername() + "/disable")
                .with(httpBasic(mine.regulatorUsername(), TestJurisdictions.PASSWORD)))
                .as("nobody disables themselves").hasStatus(400);
    }
}
