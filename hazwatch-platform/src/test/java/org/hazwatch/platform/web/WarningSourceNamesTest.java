package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.warning.WarningRaised;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warning lists name the hazard source by its registered name, its code beneath or as the title (issue 16: "warning
 * lists show the hazard source's code where its name belongs"): /warnings, one warning, the enterprise page's list
 * and the duty room's console list, for a warning of the test's own enterprise (hazard source 液氯罐区).
 */
@PlatformTest
class WarningSourceNamesTest {

    private static final String NAME = "液氯罐区";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Registry registry;

    @Test
    void everyWarningListShowsTheHazardSourcesNameWithItsCode() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        String source = plant.hazardSource();
        String path = registry.enterprise(plant.code()).map(RegisteredEnterprise::jurisdictionPath).orElseThrow();
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(s -> events.publishEvent(new WarningRaised(id,
                EnterpriseCode.of(plant.code()), HazardSourceCode.ofNullable(source), path, WarningLevel.ORANGE,
                List.of(new WarningFactor("ALARM_HH_LL", "高高报/低低报报警", "液位高高报 9.4 m", 40)), Instant.now())));

        MockHttpSession county = login(plant.county().regulatorUsername());
        String list = row(page(county, "/warnings"), id);
        assertThat(list).contains("<span>" + NAME + "</span><br><small class=\"mono\">" + source + "</small>");

        assertThat(page(county, "/warnings/" + id)).contains("危险源 " + NAME + "（" + source + "）");

        String enterprisePage = row(page(county, "/enterprises/" + plant.code() + "/warnings"), id);
        assertThat(enterprisePage).contains("<span>" + NAME + "</span><br><small class=\"mono\">" + source
                + "</small>");

        MockHttpSession operator = login(operator(plant.code()));
        String console = page(operator, "/console/warnings");
        int at = console.indexOf(id.toString());
        assertThat(at).as("the warning waits for sign-for on the console").isNotNegative();
        assertThat(console.substring(at)).contains(
                "<span class=\"source\" title=\"" + source + "\">" + NAME + "</span>");
    }

    private String operator(String enterprise) throws Exception {
        String username = "warning-operator-" + enterprise;
        MockHttpServletResponse created = mvc.perform(post("/api/v1/users").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"值班员","password":"%s","role":"ENTERPRISE_OPERATOR",
                         "enterpriseCode":"%s"}""".formatted(username, TestJurisdictions.PASSWORD, enterprise)))
                .andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        return username;
    }

    private static String row(String page, UUID id) {
        int start = page.indexOf("data-warning=\"" + id + "\"");
        assertThat(start).as("row of %s", id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
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
