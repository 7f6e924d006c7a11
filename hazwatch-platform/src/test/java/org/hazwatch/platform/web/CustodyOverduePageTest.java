package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.custody.Custody;
import org.hazwatch.platform.custody.rules.CheckRecord;
import org.hazwatch.platform.custody.rules.ChecklistItem;
import org.hazwatch.platform.custody.rules.CustodyRole;
import org.hazwatch.platform.org.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A regulator's /custody lists the overdue duties of its county as rows (not only the heading): of two enterprises
 * whose 主要负责人 王主任 is registered, the one never checked is listed with its hazard source, role, person, phone and
 * 从未检查; the one checked a minute ago is not, nor is another county's never-checked enterprise.
 */
@PlatformTest
class CustodyOverduePageTest {

    private static final String ROW = "<tr class=\"overdue\">";

    @Autowired
    MockMvc mvc;
    @Autowired
    Custody custody;

    @Test
    void theCountysOverdueDutyIsARowAndTheCheckedOneAndAnotherCountysAreNot() throws Exception {
        County county = TestJurisdictions.freshCounty(mvc);
        TestEnterprise neverChecked = TestEnterprises.importInto(mvc, county);
        TestEnterprise checked = TestEnterprises.importInto(mvc, county);
        TestEnterprises.importFresh(mvc);
        Map<ChecklistItem, Boolean> allInOrder = Arrays.stream(ChecklistItem.values())
                .collect(Collectors.toMap(Function.identity(), i -> true));
        custody.record(Actor.system(), checked.code(), new CheckRecord(checked.hazardSource(), CustodyRole.MAIN,
                Instant.now().minus(Duration.ofMinutes(1)), allInOrder, null, null));
        assertThat(custody.duties(neverChecked.code())).singleElement().satisfies(d -> assertThat(d.overdue()).isTrue());
        assertThat(custody.duties(checked.code())).singleElement().satisfies(d -> assertThat(d.overdue()).isFalse());

        MockHttpSession regulator = login(county.regulatorUsername());
        for (String uri : new String[] {"/custody", "/custody?jurisdiction=" + county.code()}) {
            String page = page(regulator, uri);
            assertThat(page).contains("逾期未履职").doesNotContain("辖区内没有逾期的包保履职");
            int table = page.indexOf("id=\"custody-overdue\"");
            assertThat(table).as("the overdue table on %s", uri).isNotNegative();
            String rows = page.substring(table, page.indexOf("</table>", table));
            assertThat(rows.split(ROW, -1)).as("one overdue row on %s", uri).hasSize(2);
            String row = rows.substring(rows.indexOf(ROW), rows.indexOf("</tr>", rows.indexOf(ROW)));
            assertThat(row).contains("晋城示范化工有限公司", "液氯罐区", "主要负责人", "王主任", "13800000001", "从未检查");
        }
    }

    private String page(MockHttpSession session, String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", uri).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession login(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username)
                .password(TestJurisdictions.PASSWORD)).andReturn().getRequest().getSession(false);
        assertThat(session).as("session of %s", username).isNotNull();
        return session;
    }
}
