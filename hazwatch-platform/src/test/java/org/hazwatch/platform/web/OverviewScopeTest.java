package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * The overview lists what its regulator sees from the registry's read model (issue 17: no paging through the table):
 * a county's page has its own enterprises on the map, in the table and in the cards, none of its neighbour's, and an
 * enterprise registered since the last page is on the next.
 */
@PlatformTest
class OverviewScopeTest {

    private static final Pattern MAP_ITEM = Pattern.compile("<li data-code=\"(\\d{11})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("resourceHandlerMapping")
    AbstractUrlHandlerMapping resources;

    @Test
    void aCountyRegulatorsOverviewHasOnlyTheCountysEnterprisesOnTheMapInTheTableAndInTheCards() throws Exception {
        County mine = TestJurisdictions.freshCounty(mvc);
        County neighbour = TestJurisdictions.freshCounty(mvc);
        TestEnterprise first = TestEnterprises.importInto(mvc, mine);
        TestEnterprise second = TestEnterprises.importInto(mvc, mine);
        TestEnterprise theirs = TestEnterprises.importInto(mvc, neighbour);
        MockHttpSession regulator = login(mine);

        String page = page(regulator);
        assertThat(mapList(page)).containsExactly(first.code(), second.code());
        assertThat(page).contains("<tr data-code=\"" + first.code() + "\"", "<tr data-code=\"" + second.code() + "\"")
                .containsPattern("id=\"card-total\"><b>2</b>").doesNotContain(theirs.code());
        assertThat(mapList(page(login(neighbour)))).containsExactly(theirs.code());

        TestEnterprise third = TestEnterprises.importInto(mvc, mine);
        assertThat(mapList(page(regulator))).as("registered after the last page")
                .containsExactly(first.code(), second.code(), third.code());
    }

    /** Links are resolved once and remembered (ResourceLinkMisses): the second page's read as the first's. */
    @Test
    void theWebjarsLinksCarryTheirVersionAndEveryLinkReadsTheSameOnTheNextPage() throws Exception {
        MockHttpSession regulator = login(TestJurisdictions.freshCounty(mvc));

        String first = page(regulator);
        String second = page(regulator);

        assertThat(second).containsPattern("src=\"/webjars/leaflet/[0-9][^/\"]*/dist/leaflet.js\"")
                .contains("href=\"/warnings\"", "data-enterprise=\"/enterprises/\"", "href=\"/css/hazwatch.css\"");
        assertThat(links(second)).isNotEmpty().isEqualTo(links(first));
        assertThat(resources.getHandlerMap().get("/**")).isInstanceOfSatisfying(ResourceHttpRequestHandler.class,
                h -> assertThat(h.getResourceResolvers().get(0)).isInstanceOf(ResourceLinkMisses.class));
    }

    private static List<String> links(String page) {
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(page);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    private static List<String> mapList(String page) {
        List<String> codes = new ArrayList<>();
        Matcher m = MAP_ITEM.matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private MockHttpSession login(County county) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(county.regulatorUsername())
                .password(TestJurisdictions.PASSWORD)).andReturn().getRequest().getSession(false);
    }

    private String page(MockHttpSession session) throws Exception {
        var response = mvc.perform(get("/").session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
