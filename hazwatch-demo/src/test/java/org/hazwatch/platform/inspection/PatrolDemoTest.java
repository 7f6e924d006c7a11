package org.hazwatch.platform.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's 泽州县 patrols on the pages; 晋城市 sees its counties' compliance; 高平市 gets 404 for 泽州县's. */
@DemoTest
class PatrolDemoTest {

    static final String PASSWORD = "Demo@2026";
    static final ZoneId SHANGHAI = BeijingTime.ZONE;

    @Autowired
    MockMvc mvc;

    @Test
    void theCountyRecordsAPatrolWithAnAbnormalItemAndASnapshotAndTheOrderLinkIsOnIt() throws Exception {
        MockHttpSession zezhou = login("zezhou");
        String list = page(zezhou, "/patrols");
        assertThat(list).contains("今日巡查", "data-code=\"14052500001\"", "data-round=\"MORNING\"",
                "data-round=\"AFTERNOON\"");
        String form = page(zezhou, "/patrols?enterprise=14052500002");
        assertThat(form).contains("id=\"patrol-form\"", "data-item=\"DATA_ONLINE\"", "data-item=\"FILINGS\"",
                "摄像头 0/2 在线，未报备离线：值班室摄像头（14052500002V001）从未上报");

        byte[] png = png();
        MockHttpServletResponse saved = mvc.perform(multipart("/patrols")
                .file(new MockMultipartFile("file", "现场.png", "image/png", png))
                .param("enterpriseCode", "14052500002").param("round", "AFTERNOON")
                .param("result_DATA_ONLINE", "ABNORMAL").param("note_DATA_ONLINE", "网关指示灯熄灭")
                .param("result_VIDEO_ONLINE", "NOT_CHECKABLE").param("note", "已电话通知企业")
                .session(zezhou).with(csrf())).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        String location = saved.getRedirectedUrl();
        assertThat(location).startsWith("/patrols/records/");
        String id = location.substring("/patrols/records/".length());

        String record = page(zezhou, location);
        assertThat(record).contains("网关指示灯熄灭", "下发整改通知",
                "/rectifications/new?enterprise=14052500002&amp;patrolId=" + id + "&amp;item=DATA_ONLINE",
                "/patrols/records/" + id + "/snapshots/");
        String attachment = JsonPath.read(api("zezhou", "/api/v1/patrols/" + id, 200), "$.snapshots[0].id");
        MockHttpServletResponse image = mvc.perform(get("/patrols/records/" + id + "/snapshots/" + attachment)
                .session(zezhou)).andReturn().getResponse();
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.getContentAsByteArray()).isEqualTo(png);

        api("gaoping", "/api/v1/patrols/" + id, 404);
        api("gaoping", "/api/v1/patrols/today?jurisdiction=140525", 404);
        api("gaoping", "/api/v1/patrols/compliance?jurisdiction=140525", 404);
        MockHttpSession gaoping = login("gaoping");
        assertThat(mvc.perform(get(location).session(gaoping)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/patrols/records/" + id + "/snapshots/" + attachment).session(gaoping))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void yesterdaysDemoRoundsCountForZezhouAndTheCitySeesThem() throws Exception {
        String yesterday = LocalDate.now(SHANGHAI).minusDays(1).toString();
        String zezhou = api("zezhou", "/api/v1/patrols/compliance?jurisdiction=140525&day=" + yesterday, 200);
        int due = JsonPath.read(zezhou, "$.due");
        assertThat(due).isGreaterThan(1);
        assertThat((Integer) JsonPath.read(zezhou, "$.rounds[0].patrolled")).isEqualTo(due);
        assertThat((Boolean) JsonPath.read(zezhou, "$.rounds[0].complete")).isTrue();
        assertThat((Integer) JsonPath.read(zezhou, "$.rounds[1].patrolled")).isEqualTo(due - 1);

        String city = api("jincheng", "/api/v1/patrols/compliance?jurisdiction=140500&day=" + yesterday, 200);
        List<Integer> done = JsonPath.read(city, "$.subordinates[?(@.jurisdiction == '140525')].roundsDone");
        assertThat(done).containsExactly(1);
        String page = page(login("jincheng"), "/patrols/compliance?day=" + yesterday);
        assertThat(page).contains("data-code=\"140525\"", "泽州县", "data-code=\"140581\"");
    }

    private MockHttpSession login(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
                .andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        return session;
    }

    private String page(MockHttpSession session, String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).session(session)).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        assertThat(response.getStatus()).as("GET %s", uri).isEqualTo(200);
        return response.getContentAsString();
    }

    private String api(String username, String uri, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).with(httpBasic(username, PASSWORD))).andReturn()
                .getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        assertThat(response.getStatus()).as("GET %s as %s", uri, username).isEqualTo(status);
        return response.getContentAsString();
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
