package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.org.OrgRequests.basic;

import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** Enterprise users, with two enterprises the registry would locate: one in 泽州县, one in 沁水县. */
@PlatformTest
class EnterpriseUserTest {

    static final String IN_ZEZHOU = "14052500001";
    static final String IN_QINSHUI = "14052100001";
    static final String PASSWORD = "enterprise-pass-1";

    @TestConfiguration
    static class TwoEnterprises {

        @Bean
        @Primary
        EnterpriseLocator enterpriseLocator() {
            Map<String, String> paths = Map.of(IN_ZEZHOU, "140000/140500/140525/140525100/",
                    IN_QINSHUI, "140000/140500/140521/");
            return code -> Optional.ofNullable(paths.get(code));
        }
    }

    @Autowired
    MockMvc mockMvc;

    @Autowired
    Accounts accounts;

    MockMvcTester mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcTester.create(mockMvc);
        accounts.createIfAbsent("ent-zezhou-reg", "泽州县应急管理局", PASSWORD, Role.REGULATOR, "140525");
        accounts.createIfAbsent("ent-admin", "企业管理员", PASSWORD, Role.ENTERPRISE_ADMIN, IN_ZEZHOU);
        accounts.createIfAbsent("ent-operator", "值班人员", PASSWORD, Role.ENTERPRISE_OPERATOR, IN_ZEZHOU);
        accounts.createIfAbsent("ent-qinshui", "沁水企业管理员", PASSWORD, Role.ENTERPRISE_ADMIN, IN_QINSHUI);
    }

    @Test
    void aRegulatorCreatesUsersOnlyForEnterprisesInItsSubtree() {
        assertThat(as("ent-zezhou-reg", user("ent-new-admin", "ENTERPRISE_ADMIN", IN_ZEZHOU)))
                .hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.enterpriseCode").isEqualTo(IN_ZEZHOU);
        assertThat(as("ent-zezhou-reg", user("ent-far", "ENTERPRISE_ADMIN", IN_QINSHUI)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("enterpriseCode");
        assertThat(as("ent-zezhou-reg", user("ent-none", "ENTERPRISE_ADMIN", "14052599999")))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anEnterpriseAdminCreatesOperatorsOfItsOwnEnterpriseOnly() {
        assertThat(as("ent-admin", user("ent-new-operator", "ENTERPRISE_OPERATOR", IN_ZEZHOU)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(as("ent-admin", user("ent-foreign-operator", "ENTERPRISE_OPERATOR", IN_QINSHUI)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(as("ent-operator", user("ent-by-operator", "ENTERPRISE_OPERATOR", IN_ZEZHOU)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRegulatorListsTheEnterpriseUsersOfItsSubtree() {
        assertThat(as("ent-zezhou-reg", mvc.get().uri("/api/v1/users"))).hasStatusOk().bodyJson()
                .extractingPath("$[*].username").asArray().contains("ent-admin", "ent-operator")
                .doesNotContain("ent-qinshui");
    }

    @Test
    void anEnterpriseUserKnowsItsEnterpriseAndSeesNoJurisdiction() {
        assertThat(as("ent-operator", mvc.get().uri("/api/v1/me"))).hasStatusOk().bodyJson()
                .extractingPath("$.enterpriseCode").isEqualTo(IN_ZEZHOU);
        assertThat(as("ent-operator", mvc.get().uri("/api/v1/jurisdictions"))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("ent-operator", mvc.get().uri("/api/v1/jurisdictions/140525")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anEnterpriseAdminReadsTheAuditEntriesOfItsEnterpriseOnly() {
        assertThat(as("ent-admin", user("ent-audited", "ENTERPRISE_OPERATOR", IN_ZEZHOU)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(as("ent-admin", mvc.get().uri("/api/v1/audit"))).hasStatusOk().bodyJson()
                .extractingPath("$[*].enterpriseCode").asArray().isNotEmpty().containsOnly(IN_ZEZHOU);
        assertThat(as("ent-admin", mvc.get().uri("/api/v1/audit?action=user.create"))).bodyJson()
                .extractingPath("$[*].targetCode").asArray().contains("ent-audited").doesNotContain("ent-qinshui");
        assertThat(as("ent-operator", mvc.get().uri("/api/v1/audit"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRegulatorReadsWhatTheEnterpriseUsersOfItsSubtreeDid() {
        assertThat(as("ent-admin", user("ent-seen-by-county", "ENTERPRISE_OPERATOR", IN_ZEZHOU)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(as("ent-zezhou-reg", mvc.get().uri("/api/v1/audit?action=user.create"))).hasStatusOk()
                .bodyJson().extractingPath("$[*].targetCode").asArray().contains("ent-seen-by-county");
    }

    private MockMvcRequestBuilder user(String username, String role, String enterprise) {
        return mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
                {"username":"%s","displayName":"测试","password":"long-enough-1","role":"%s","enterpriseCode":"%s"}
                """.formatted(username, role, enterprise));
    }

    private MockMvcRequestBuilder as(String username, MockMvcRequestBuilder request) {
        return request.header("Authorization", basic(username, PASSWORD));
    }
}
