package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.hazwatch.platform.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** /admin/users and /contacts (people, issue 16): who gets the page, and 高平市 does not reach 泽州县's people. */
@DemoTest
class PeoplePagesTest {

    @Autowired
    MockMvc mockMvc;

    @Test
    void theUsersPageShowsTheFormAndTheAccountsInScope() throws Exception {
        String admin = WebSessions.page(mockMvc, WebSessions.login(mockMvc, "admin", "admin-test-password"),
                "/admin/users");
        assertThat(admin).contains("id=\"user-form\"", "id=\"users\"", "data-username=\"gaoping\"",
                "data-username=\"zezhou\"", "用户管理");

        String zezhou = WebSessions.page(mockMvc, WebSessions.login(mockMvc, "zezhou"), "/admin/users");
        assertThat(zezhou).contains("id=\"user-form\"", "data-username=\"zezhou\"", "data-username=\"bagong\"",
                "data-username=\"hengtai\"").doesNotContain("data-username=\"gaoping\"",
                "data-username=\"jincheng\"", "value=\"PLATFORM_ADMIN\"");

        assertThat(WebSessions.status(mockMvc, WebSessions.login(mockMvc, "hengtai"), "/admin/users"))
                .as("a duty operator administers nobody").isEqualTo(403);
        assertThat(WebSessions.page(mockMvc, WebSessions.login(mockMvc, "hengtai-admin"), "/admin/users"))
                .contains("data-username=\"hengtai\"").doesNotContain("data-username=\"jinfeng\"",
                        "data-username=\"zezhou\"");
    }

    @Test
    void gaopingsRegulatorGets404OnZezhousUsersAndContacts() throws Exception {
        MockHttpSession gaoping = WebSessions.login(mockMvc, "gaoping");
        assertThat(WebSessions.status(mockMvc, gaoping, "/admin/users/zezhou")).isEqualTo(404);
        assertThat(WebSessions.status(mockMvc, gaoping, "/admin/users/hengtai")).isEqualTo(404);
        assertThat(mockMvc.perform(post("/admin/users/zezhou/password").session(gaoping).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mockMvc.perform(get("/api/v1/users/zezhou").with(httpBasic("gaoping", WebSessions.PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mockMvc.perform(post("/api/v1/users/hengtai/disable").with(httpBasic("gaoping",
                WebSessions.PASSWORD))).andReturn().getResponse().getStatus()).isEqualTo(404);

        String zezhouContact = zezhouContactId();
        assertThat(WebSessions.status(mockMvc, gaoping, "/contacts?jurisdiction=140525")).isEqualTo(404);
        assertThat(WebSessions.status(mockMvc, gaoping, "/contacts/" + zezhouContact)).isEqualTo(404);
        assertThat(mockMvc.perform(post("/contacts/" + zezhouContact + "/delete").session(gaoping).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mockMvc.perform(get("/api/v1/notify/contact-entries/" + zezhouContact)
                .with(httpBasic("gaoping", WebSessions.PASSWORD))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(WebSessions.page(mockMvc, gaoping, "/contacts")).doesNotContain(zezhouContact);

        MockHttpSession zezhou = WebSessions.login(mockMvc, "zezhou");
        assertThat(WebSessions.page(mockMvc, zezhou, "/admin/users/hengtai")).contains("id=\"contact-form\"");
        assertThat(WebSessions.page(mockMvc, zezhou, "/contacts/" + zezhouContact)).contains("id=\"contact-form\"");
    }

    @Test
    void theContactsPageListsTheRotaAndTakesAContactOnAndOffDuty() throws Exception {
        MockHttpSession zezhou = WebSessions.login(mockMvc, "zezhou");
        String page = WebSessions.page(mockMvc, zezhou, "/contacts");
        assertThat(page).contains("id=\"contacts\"", "id=\"contact-form\"", "id=\"on-duty-count\"");

        var added = mockMvc.perform(post("/contacts").session(zezhou).with(csrf()).param("jurisdictionCode",
                        "140525").param("name", "页面测试值班员").param("role", "值班员").param("phone", "13903562588")
                .param("onDuty", "true")).andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        String id = contactIdOf("zezhou", "页面测试值班员");
        assertThat(WebSessions.page(mockMvc, zezhou, "/contacts")).contains("data-id=\"" + id
                + "\" data-on-duty=\"true\"");

        mockMvc.perform(post("/contacts/" + id + "/duty").session(zezhou).with(csrf()).param("onDuty", "false"));
        assertThat(WebSessions.page(mockMvc, zezhou, "/contacts")).contains("data-id=\"" + id
                + "\" data-on-duty=\"false\"");

        String refused = mockMvc.perform(post("/contacts").session(zezhou).with(csrf())
                .param("jurisdictionCode", "140525").param("name", "坏号码").param("role", "值班员")
                .param("phone", "12345")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-field=\"phone\"");

        mockMvc.perform(post("/contacts/" + id + "/delete").session(zezhou).with(csrf()));
        assertThat(WebSessions.page(mockMvc, zezhou, "/contacts")).doesNotContain(id);
        assertThat(WebSessions.status(mockMvc, WebSessions.login(mockMvc, "hengtai-admin"), "/contacts"))
                .as("enterprise users keep no regulators' contacts").isEqualTo(404);
    }

    private String zezhouContactId() throws Exception {
        String json = mockMvc.perform(get("/api/v1/notify/contacts?jurisdiction=140525")
                        .with(httpBasic("zezhou", WebSessions.PASSWORD))).andReturn().getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(json, "$[?(@.jurisdictionCode == '140525')].id");
        assertThat(ids).as("泽州县's duty book is seeded").isNotEmpty();
        return ids.get(0);
    }

    private String contactIdOf(String user, String name) throws Exception {
        String json = mockMvc.perform(get("/api/v1/notify/contacts").with(httpBasic(user, WebSessions.PASSWORD)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<String> ids = JsonPath.read(json, "$[?(@.name == '" + name + "')].id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}
