package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The regulator's province-wide pages read in batches (issue 17): a county with more enterprises costs the overview
 * (with its map data and enterprise table) and the health page no more SQL statements than a county with one.
 */
@PlatformTest
class ProvinceScaleStatementsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theOverviewAndItsMapDataIssueAsManyStatementsForFiveEnterprisesAsForOne() {
        County county = TestJurisdictions.freshCounty(mvc);
        TestEnterprises.importInto(mvc, county);
        long one = statements(county, "/").statements();
        assertThat(one).isPositive();
        for (int i = 0; i < 4; i++) {
            TestEnterprises.importInto(mvc, county);
        }
        StatementCounter.Counted<List<String>> five = statements(county, "/");

        assertThat(five.statements()).as("statements for 5 enterprises vs 1 (%d): %s", one, five.sql())
                .isEqualTo(one);
    }

    @Test
    void theHealthPageIssuesAsManyStatementsForFiveEnterprisesAsForOne() {
        County county = TestJurisdictions.freshCounty(mvc);
        TestEnterprises.importInto(mvc, county);
        long one = statements(county, "/health").statements();
        for (int i = 0; i < 4; i++) {
            TestEnterprises.importInto(mvc, county);
        }
        StatementCounter.Counted<List<String>> five = statements(county, "/health");

        assertThat(five.statements()).as("statements for 5 enterprises vs 1 (%d): %s", one, five.sql())
                .isEqualTo(one);
    }

    /**
     * Statements of the page, the second time it is asked for (the first warms the read models), without the login's
     * own look-up of the account (org.PasswordChanges, kept 10 seconds: whether it falls in is a matter of time).
     */
    private StatementCounter.Counted<List<String>> statements(County county, String page) {
        MockHttpSession regulator = login(county.regulatorUsername());
        ok(regulator, page);
        StatementCounter.Counted<Integer> counted = StatementCounter.count(() -> ok(regulator, page));
        List<String> ofThePage = counted.sql().stream().filter(sql -> !sql.contains(" FROM account ")).toList();
        return new StatementCounter.Counted<>(ofThePage, ofThePage);
    }

    private MockHttpSession login(String username) {
        try {
            return (MockHttpSession) mvc.perform(formLogin().user(username).password(TestJurisdictions.PASSWORD))
                    .andReturn().getRequest().getSession(false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Integer ok(MockHttpSession regulator, String page) {
        try {
            int status = mvc.perform(get(page).session(regulator)).andReturn().getResponse().getStatus();
            assertThat(status).as(page).isEqualTo(200);
            return status;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
