package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.inspection.RectificationFilter;
import org.hazwatch.platform.inspection.RectificationView;
import org.hazwatch.platform.inspection.Rectifications;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The rectification pages with the demo's ledger of 泽州县: who sees what. */
@DemoTest
class RectificationPagesTest {

    static final Actor ZEZHOU = new Actor("zezhou", Role.REGULATOR, "140525", "140000/140500/140525/", null);

    @Autowired
    MockMvc mvc;

    @Autowired
    Rectifications rectifications;

    @Test
    void theCountySeesTheOverdueOrderAndTheEnforcementFlagOnTheEnterprisePage() throws Exception {
        MockHttpSession county = WebSessions.login(mvc, "zezhou");
        String ledger = WebSessions.page(mvc, county, "/rectifications?overdue=true");
        assertThat(ledger).contains("class=\"overdue\"", "14052500003", "逾期（已升级）");
        String flags = WebSessions.page(mvc, county, "/enterprises/14052500004/rectifications");
        assertThat(flags).contains("已列入执法检查：预警处置到位", "被发现 3 次");
        assertThat(WebSessions.page(mvc, county, "/enterprises/14052500004"))
                .contains("/enterprises/14052500004/rectifications");
    }

    @Test
    void gaopingGets404ForZezhousOrdersAndTheirPages() throws Exception {
        MockHttpSession gaoping = WebSessions.login(mvc, "gaoping");
        List<RectificationView> orders = rectifications.list(ZEZHOU, null, RectificationFilter.any(), 5);
        assertThat(orders).isNotEmpty();
        for (RectificationView o : orders) {
            assertThat(WebSessions.status(mvc, gaoping, "/rectifications/" + o.id())).isEqualTo(404);
        }
        assertThat(WebSessions.status(mvc, gaoping, "/enterprises/14052500004/rectifications")).isEqualTo(404);
        assertThat(WebSessions.page(mvc, gaoping, "/rectifications")).doesNotContain("14052500003");
    }

    @Test
    void theDutyOperatorFindsItsOpenOrderWithTheAnswerFormOnTheConsole() throws Exception {
        MockHttpSession operator = WebSessions.login(mvc, "hengtai");
        assertThat(WebSessions.page(mvc, operator, "/console")).contains("/console/rectifications");
        String orders = WebSessions.page(mvc, operator, "/console/rectifications");
        assertThat(orders).contains("今日安全承诺公告未在 10:00 前发布", "name=\"measures\"", "name=\"photos\"",
                "multipart/form-data");
        assertThat(orders).doesNotContain("14052500003");
        assertThat(WebSessions.page(mvc, operator, "/rectifications")).doesNotContain("14052500003");
    }
}
