package org.hazwatch.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.ingest.GatewayKey;
import org.hazwatch.platform.ingest.InMemoryGatewayDirectory;
import org.hazwatch.platform.telemetry.InMemoryPointDirectory;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** Access progress (接入进度) of a county of the test's own: exact figures, the export, the scope. */
@PlatformTest
class AccessProgressTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    /** Ingest in platform tests knows the gateways and points tests register here (application-test.yml). */
    @Autowired
    InMemoryGatewayDirectory gateways;

    @Autowired
    InMemoryPointDirectory points;

    @Test
    void aFreshCountyWithOneEnterpriseConnectedAndOneNeverShowsExactFigures() throws Exception {
        County county = TestJurisdictions.freshCounty(mvc);
        TestEnterprise heard = TestEnterprises.importInto(mvc, county);
        TestEnterprise silent = TestEnterprises.importInto(mvc, county);
        send(heard, new Reading(heard.levelPoint(), Instant.now().atOffset(ZoneOffset.ofHours(8)), 4.2,
                Quality.GOOD));

        mvc.perform(get("/api/v1/access?jurisdiction=" + county.code()).with(county.regulator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(county.code()))
                .andExpect(jsonPath("$.total.enterprises").value(2))
                .andExpect(jsonPath("$.total.enterprisesConnected").value(1))
                .andExpect(jsonPath("$.total.enterprisesOnline").value(1))
                .andExpect(jsonPath("$.total.enterprisesNeverConnected").value(1))
                .andExpect(jsonPath("$.total.majorHazardEnterprises").value(2))
                .andExpect(jsonPath("$.total.majorHazardNeverConnected").value(1))
                .andExpect(jsonPath("$.total.points").value(4))
                .andExpect(jsonPath("$.total.pointsConnected").value(1))
                .andExpect(jsonPath("$.total.pointsOnline").value(1))
                .andExpect(jsonPath("$.total.pointsNeverConnected").value(3))
                .andExpect(jsonPath("$.majorHazardNotConnected.length()").value(1))
                .andExpect(jsonPath("$.majorHazardNotConnected[0].code").value(silent.code()))
                .andExpect(jsonPath("$.enterprises[?(@.code == '%s')].pointsOnline".formatted(heard.code()))
                        .value(1))
                .andExpect(jsonPath("$.areas[?(@.name == '本级')].figures.enterprises").value(2));

        byte[] xlsx = mvc.perform(get("/api/v1/access.xlsx?jurisdiction=" + county.code())
                .with(county.regulator())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet missing = workbook.getSheet("重大危险源企业未接入");
            assertThat(missing.getLastRowNum()).isEqualTo(1);
            assertThat(missing.getRow(1).getCell(0).getStringCellValue()).isEqualTo(silent.code());
            Sheet areas = workbook.getSheet("接入进度");
            var total = areas.getRow(areas.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).endsWith("合计");
            assertThat(List.of(total.getCell(1).getNumericCellValue(), total.getCell(2).getNumericCellValue(),
                    total.getCell(4).getNumericCellValue())).containsExactly(2.0, 1.0, 1.0);
        }
    }

    @Test
    void theCityShowsTheCountyAsALineToDrillInto() throws Exception {
        County county = TestJurisdictions.freshCounty(mvc);
        TestEnterprises.importInto(mvc, county);
        String city = county.path().split("/")[1];

        mvc.perform(get("/api/v1/access?jurisdiction=" + city).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areas[?(@.code == '%s')].drillable".formatted(county.code())).value(true))
                .andExpect(jsonPath("$.areas[?(@.code == '%s')].figures.enterprises".formatted(county.code()))
                        .value(1))
                .andExpect(jsonPath("$.areas[?(@.code == '%s')].figures.enterprisesNeverConnected"
                        .formatted(county.code())).value(1));
    }

    @Test
    void anotherCountysNodeIsNotFoundAndEnterpriseUsersAreRefused() throws Exception {
        County mine = TestJurisdictions.freshCounty(mvc);
        County other = TestJurisdictions.freshCounty(mvc);

        mvc.perform(get("/api/v1/access?jurisdiction=" + other.code()).with(mine.regulator()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/access.xlsx?jurisdiction=" + other.code()).with(mine.regulator()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/access").with(mine.regulator()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value(mine.code()));
    }

    /** Over HTTP to the running server, as a gateway sends (SPEC §10). */
    private void send(TestEnterprise enterprise, Reading... readings) throws Exception {
        gateways.register(new GatewayKey(enterprise.gateway(), enterprise.code(), enterprise.gatewaySecret()));
        for (Reading reading : readings) {
            points.addLevelPoint(reading.pointCode(), enterprise.code(), enterprise.county().path());
        }
        byte[] body = WireJson.encode(new ReadingBatch(enterprise.code(), enterprise.gateway(),
                UUID.randomUUID().toString(), List.of(readings)));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/ingest/readings"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        new RequestSigner(enterprise.gatewaySecret()).headers(enterprise.gateway(), System.currentTimeMillis(), body)
                .forEach(request::header);
        HttpResponse<String> reply = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).contains("\"accepted\":" + readings.length);
    }
}
