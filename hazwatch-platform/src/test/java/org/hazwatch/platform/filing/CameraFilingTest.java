package org.hazwatch.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Cameras as a filing's scope (issue 16: "points/cameras/whole enterprise"): a filing of one registered camera is
 * accepted, takes no point out of service and is shown in the county's 当前生效的报备; an unknown or another
 * enterprise's camera is refused at {@code targets[0]} with nothing stored.
 */
@PlatformTest
class CameraFilingTest {

    private static final ZoneId SHANGHAI = BeijingTime.ZONE;

    @Autowired
    MockMvc mvc;

    @Autowired
    Filings filings;

    @Test
    void aFilingOfOneRegisteredCameraIsAcceptedCoversNoPointAndIsShownAsCovered() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        String camera = plant.code() + "V01";
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI);

        MockHttpServletResponse filed = file(plant.code(), List.of(camera), now);
        assertThat(filed.getStatus()).as(filed.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        String json = filed.getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(json, "$.scope")).isEqualTo("CAMERAS");
        assertThat((List<String>) JsonPath.read(json, "$.targets")).containsExactly(camera);
        assertThat((List<String>) JsonPath.read(json, "$.pointCodes")).isEmpty();

        Instant at = Instant.now();
        assertThat(filings.cameraCoveredAt(plant.code(), camera, at)).isTrue();
        assertThat(filings.cameraCoveredAt(plant.code(), plant.code() + "V02", at)).isFalse();
        assertThat(filings.coveredAt(plant.code(), plant.levelPoint(), at)).as("no point out of service").isFalse();
        assertThat(filings.coveredAt(plant.code(), null, at)).as("not the whole enterprise").isFalse();

        MockHttpSession county = login(plant.county().regulatorUsername());
        String page = mvc.perform(get("/filings").session(county)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String covered = page.substring(page.indexOf("id=\"covered-now\""), page.indexOf("id=\"filings\""));
        assertThat(covered).contains("摄像头", camera);
    }

    @Test
    void anUnknownOrAnotherEnterprisesCameraIsRefusedAtItsTargetAndNothingIsStored() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        TestEnterprise other = TestEnterprises.importInto(mvc, plant.county());
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI);

        for (String camera : List.of(plant.code() + "V99", other.code() + "V01")) {
            MockHttpServletResponse refused = file(plant.code(), List.of(camera), now);
            String json = refused.getContentAsString(StandardCharsets.UTF_8);
            assertThat(refused.getStatus()).as(json).isEqualTo(400);
            assertThat((List<String>) JsonPath.read(json, "$.errors[*].field")).containsExactly("targets[0]");
        }
        MockHttpServletResponse none = file(plant.code(), List.of(), now);
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(none.getContentAsString(StandardCharsets.UTF_8), "$.errors[*].field"))
                .containsExactly("targets");

        String list = mvc.perform(get("/api/v1/filings?enterprise=" + plant.code()).with(admin())).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<Object>) JsonPath.read(list, "$")).as("nothing stored").isEmpty();
    }

    private MockHttpServletResponse file(String enterprise, List<String> cameras, OffsetDateTime now)
            throws Exception {
        String targets = cameras.stream().map(c -> "\"" + c + "\"").reduce((a, b) -> a + "," + b).orElse("");
        return mvc.perform(post("/api/v1/enterprises/" + enterprise + "/filings").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"EQUIPMENT_FAILURE","scope":"CAMERAS","targets":[%s],"from":"%s","until":"%s",
                         "reason":"罐区球机故障，待厂家维修"}""".formatted(targets, now.minusHours(1), now.plusHours(8))))
                .andReturn().getResponse();
    }

    private MockHttpSession login(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username)
                .password(TestJurisdictions.PASSWORD)).andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        return session;
    }
}
