package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.org.OrgRequests.basic;

import org.hazwatch.platform.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** Regulators see their own node and below: 泽州县 (140525) and 沁水县 (140521) under 晋城市 (140500). */
@PlatformTest
class JurisdictionScopeTest {

    static final String PASSWORD = "scope-pass-1";
    static final String ZEZHOU = "scope-zezhou";
    static final String QINSHUI = "scope-qinshui";
    static final String JINCHENG = "scope-jincheng";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    Accounts accounts;

    MockMvcTester mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcTester.create(mockMvc);
        accounts.createIfAbsent(ZEZHOU, "泽州县应急管理局", PASSWORD, Role.REGULATOR, "140525");
        accounts.createIfAbsent(QINSHUI, "沁水县应急管理局", PASSWORD, Role.REGULATOR, "140521");
        accounts.createIfAbsent(JINCHENG, "晋城市应急管理局", PASSWORD, Role.REGULATOR, "140500");
    }

    @Test
    void aCountyRegulatorGets404ForAnotherCountyAndForItsParent() {
        assertThat(as(ZEZHOU, mvc.get().uri("/api/v1/jurisdictions/140525"))).hasStatusOk();
        assertThat(as(ZEZHOU, mvc.get().uri("/api/v1/jurisdictions/140521"))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as(ZEZHOU, mvc.get().uri("/api/v1/jurisdictions/140500"))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as(ZEZHOU, mvc.get().uri("/api/v1/jurisdictions/140521/children")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCountyRegulatorListsOnlyItsSubtree() {
        assertThat(as(ZEZHOU, mvc.get().uri("/api/v1/jurisdictions/140525/children"))).hasStatusOk()
                .bodyJson().extractingPath("$[*].path").asArray().isNotEmpty()
                .allMatch(path -> path.toString().startsWith("140000/140500/140525/"));
        assertThat(as(ZEZHOU, mvc.get().uri("/api/v1/jurisdictions"))).hasStatusOk().bodyJson()
                .extractingPath("$.node.code").isEqualTo("140525");
    }

    @Test
    void thePlatformAdminStartsFromTheProvinces() {
        assertThat(as("admin", "admin-test-password", mvc.get().uri("/api/v1/jurisdictions"))).hasStatusOk()
                .bodyJson().extractingPath("$.children.length()").asNumber().satisfies(n ->
                        assertThat(n.intValue()).isBetween(31, 34));
    }

    @Test
    void aCountyRegulatorRegistersAParkUnderItsCountyAndTheAuditLogRecordsIt() {
        assertThat(as(ZEZHOU, park("140525P01", "泽州县巴公化工园区", "140525")))
                .hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.path")
                .isEqualTo("140000/140500/140525/140525P01/");
        assertThat(as(ZEZHOU, mvc.get().uri("/api/v1/audit?action=jurisdiction.park.create")))
                .hasStatusOk().bodyJson().extractingPath("$[*].targetCode").asArray().contains("140525P01");
    }

    @Test
    void aCountyRegulatorCannotRegisterAParkUnderAnotherCounty() {
        assertThat(as(ZEZHOU, park("140521P01", "沁水园区", "140521"))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("parentCode");
    }

    @Test
    void refusesBadParkCodesAndParksUnderTowns() {
        assertThat(as(ZEZHOU, park("140525X1", "园区", "140525"))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("code");
        assertThat(as(ZEZHOU, park("140525P09", "园区", "140525100"))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[*].field").asArray().contains("parentCode", "code");
    }

    @Test
    void theAuditLogShowsEachRegulatorOnlyItsSubtree() {
        assertThat(as(ZEZHOU, park("140525P02", "泽州县第二园区", "140525"))).hasStatus(HttpStatus.CREATED);
        assertThat(as(QINSHUI, park("140521P02", "沁水县园区", "140521"))).hasStatus(HttpStatus.CREATED);
        String parks = "/api/v1/audit?action=jurisdiction.park.create";
        assertThat(as(ZEZHOU, mvc.get().uri(parks))).bodyJson().extractingPath("$[*].targetCode").asArray()
                .contains("140525P02").doesNotContain("140521P02");
        assertThat(as(JINCHENG, mvc.get().uri(parks))).bodyJson().extractingPath("$[*].targetCode").asArray()
                .contains("140525P02", "140521P02");
    }

    @Test
    void aRegulatorCreatesRegulatorsOnlyWithinItsSubtree() {
        assertThat(as(ZEZHOU, user("scope-town", "REGULATOR", "140525100"))).hasStatus(HttpStatus.CREATED);
        assertThat(as(ZEZHOU, user("scope-other", "REGULATOR", "140521"))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("jurisdictionCode");
        assertThat(as(ZEZHOU, user("scope-admin", "PLATFORM_ADMIN", null))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRegulatorListsOnlyTheUsersOfItsSubtree() {
        assertThat(as(ZEZHOU, mvc.get().uri("/api/v1/users"))).hasStatusOk().bodyJson()
                .extractingPath("$[*].username").asArray().contains(ZEZHOU).doesNotContain(QINSHUI, JINCHENG, "admin");
        assertThat(as(JINCHENG, mvc.get().uri("/api/v1/users"))).bodyJson()
                .extractingPath("$[*].username").asArray().contains(ZEZHOU, QINSHUI, JINCHENG);
    }

    private MockMvcRequestBuilder park(String code, String name, String parent) {
        return mvc.post().uri("/api/v1/jurisdictions/parks").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"%s\",\"name\":\"%s\",\"parentCode\":\"%s\"}".formatted(code, name, parent));
    }

    private MockMvcRequestBuilder user(String username, String role, String jurisdiction) {
        return mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
                {"username":"%s","displayName":"测试","password":"long-enough-1","role":"%s","jurisdictionCode":%s}
                """.formatted(username, role, jurisdiction == null ? "null" : "\"" + jurisdiction + "\""));
    }

    private MockMvcRequestBuilder as(String username, MockMvcRequestBuilder request) {
        return as(username, PASSWORD, request);
    }

    private MockMvcRequestBuilder as(String username, String password, MockMvcRequestBuilder request) {
        return request.header("Authorization", basic(username, password));
    }
}
