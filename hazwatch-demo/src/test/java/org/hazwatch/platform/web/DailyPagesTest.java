package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.web.WebSessions.login;
import static org.hazwatch.platform.web.WebSessions.page;
import static org.hazwatch.platform.web.WebSessions.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.imageio.ImageIO;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.filing.FilingView;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.filing.NewAttachment;
import org.hazwatch.platform.filing.rules.FilingRequest;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.filing.rules.FilingType;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The daily pages (/filings, /custody, /alarms, /audit) in the demo: each answers a permitted user with its form or
 * table; 高平市's regulator gets 404 on 泽州县's filings, audit, alarms and custody; enterprises get 403 on /audit.
 */
@DemoTest
class DailyPagesTest {

    static final String HENGTAI = "14052500001";
    static final String ZEZHOU = "140525";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    Filings filings;

    @Test
    void eachPageAnswersItsUsersWithItsFormOrTable() throws Exception {
        MockHttpSession county = login(mockMvc, "zezhou");
        assertThat(page(mockMvc, county, "/filings")).contains("报备收件箱", "当前生效的报备").doesNotContain("filing-form");
        assertThat(page(mockMvc, county, "/custody")).contains("逾期未履职");
        assertThat(page(mockMvc, county, "/alarms")).contains("id=\"alarm-filter\"", "导出 Excel");
        assertThat(page(mockMvc, county, "/audit")).contains("id=\"audit-filter\"", "审计日志");

        MockHttpSession admin = login(mockMvc, "hengtai-admin");
        assertThat(page(mockMvc, admin, "/filings")).contains("id=\"filing-form\"", "提交报备");
        assertThat(page(mockMvc, admin, "/custody")).contains("id=\"custody-duties\"", "id=\"custody-form\"",
                "操作规程执行", "巡检终端检查");
        assertThat(page(mockMvc, admin, "/alarms")).contains("id=\"alarm-filter\"");
        assertThat(status(mockMvc, admin, "/audit")).isEqualTo(403);

        MockHttpSession operator = login(mockMvc, "hengtai");
        assertThat(page(mockMvc, operator, "/filings")).doesNotContain("id=\"filing-form\"");
        assertThat(page(mockMvc, operator, "/custody")).doesNotContain("id=\"custody-form\"");
        assertThat(status(mockMvc, operator, "/audit")).isEqualTo(403);
    }

    @Test
    void gaopingsRegulatorGets404OnZezhousFilingsAndAudit() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FilingView filing = filings.submit(new Actor("hengtai-admin", Role.ENTERPRISE_ADMIN, null, null, HENGTAI),
                HENGTAI, new FilingRequest(FilingType.NETWORK_OUTAGE, FilingScope.ENTERPRISE, List.of(),
                        now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)), "光纤被挖断 " + now),
                List.of(new NewAttachment("抢修照片.png", png())));
        String id = filing.id().toString();
        String attachment = "/filings/" + id + "/attachments/" + filings.attachments(
                new Actor("zezhou", Role.REGULATOR, ZEZHOU, "140000/140500/140525/", null), filing.id()).get(0).id();

        MockHttpSession zezhou = login(mockMvc, "zezhou");
        assertThat(page(mockMvc, zezhou, "/filings/" + id)).contains("光纤被挖断");
        assertThat(page(mockMvc, zezhou, "/filings?jurisdiction=" + ZEZHOU)).contains(id);
        assertThat(page(mockMvc, zezhou, "/audit?action=filing.submit")).contains(id);

        assertThat(WebSessions.get200(mockMvc, zezhou, attachment).getContentType()).startsWith("image/png");

        MockHttpSession gaoping = login(mockMvc, "gaoping");
        assertThat(status(mockMvc, gaoping, attachment)).isEqualTo(404);
        assertThat(status(mockMvc, gaoping, "/filings/" + id)).isEqualTo(404);
        assertThat(status(mockMvc, gaoping, "/filings?jurisdiction=" + ZEZHOU)).isEqualTo(404);
        assertThat(status(mockMvc, gaoping, "/audit?jurisdiction=" + ZEZHOU)).isEqualTo(404);
        assertThat(status(mockMvc, gaoping, "/alarms?jurisdiction=" + ZEZHOU)).isEqualTo(404);
        assertThat(status(mockMvc, gaoping, "/custody?jurisdiction=" + ZEZHOU)).isEqualTo(404);
        assertThat(page(mockMvc, gaoping, "/filings")).doesNotContain(id);
        assertThat(page(mockMvc, gaoping, "/audit?action=filing.")).doesNotContain(id).doesNotContain(HENGTAI);
        assertThat(mockMvc.perform(post("/filings/" + id + "/acknowledge").session(gaoping).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
