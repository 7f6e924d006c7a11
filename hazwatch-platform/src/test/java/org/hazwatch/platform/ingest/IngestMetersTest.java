package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.telemetry.InMemoryPointDirectory;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The Prometheus endpoint (issue 20, binding): the admin's alone, and the ingest counted per batch in it. */
@PlatformTest
class IngestMetersTest {

    static final String PROMETHEUS = "/actuator/prometheus";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    InMemoryPointDirectory points;

    @Autowired
    InMemoryGatewayDirectory gateways;

    final String enterprise = InMemoryPointDirectory.newEnterpriseCode();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void answersTheAdminWithTheReadingsAcceptedOverEachChannel() {
        MvcTestResult scrape = mvc().get().uri(PROMETHEUS).with(TestJurisdictions.admin()).exchange();

        assertThat(scrape).hasStatusOk();
        assertThat(scrape.getResponse().getContentType()).startsWith("text/plain");
        assertThat(body(scrape)).contains("hazwatch_readings_accepted_total{channel=\"http\"}",
                "hazwatch_readings_accepted_total{channel=\"mqtt\"}", "hazwatch_ingest_latency_seconds_bucket",
                "hikaricp_connections_active", "hazwatch_engine_lag_seconds{engine=\"alarm\"}");
    }

    @Test
    void refusesAnyoneButThePlatformAdmin() {
        assertThat(mvc().get().uri(PROMETHEUS).exchange()).hasStatus(401);
        assertThat(mvc().get().uri(PROMETHEUS).with(httpBasic(TestJurisdictions.ADMIN, "wrong")).exchange())
                .hasStatus(401);
        TestJurisdictions.County county = TestJurisdictions.freshCounty(mockMvc);
        assertThat(mvc().get().uri(PROMETHEUS).with(county.regulator()).exchange()).hasStatus(403);
        assertThat(mvc().get().uri("/actuator/health").exchange()).hasStatusOk();
    }

    @Test
    void countsAcceptedDuplicateAndRefusedReadingsAndRefusedBatchesByChannelAndReason() {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();
        double accepted = count("hazwatch.readings.accepted", "reason", null);
        double duplicates = count("hazwatch.readings.duplicates", "reason", null);
        double unknownPoints = count("hazwatch.readings.refused", "reason", "pointCode");
        double badSignatures = count("hazwatch.ingest.batches.refused", "reason", "signature");
        long batches = meters.get("hazwatch.ingest.latency").tag("channel", "http").timer().count();
        byte[] body = TestBatches.batch(gateway, TestBatches.reading(point, now, 1.0),
                TestBatches.reading(point, now.plusMillis(1), 2.0),
                TestBatches.reading(InMemoryPointDirectory.newPointCode(enterprise), now, 3.0));

        assertThat(send(gateway, body, now)).hasStatusOk();
        assertThat(send(gateway, body, now.plusSeconds(1))).hasStatusOk();
        assertThat(send(new GatewayKey(gateway.gatewayCode(), enterprise, "forged"), body, now.plusSeconds(2)))
                .hasStatus(401);

        assertThat(count("hazwatch.readings.accepted", "reason", null) - accepted).isEqualTo(2);
        assertThat(count("hazwatch.readings.duplicates", "reason", null) - duplicates).isEqualTo(2);
        assertThat(count("hazwatch.readings.refused", "reason", "pointCode") - unknownPoints).isEqualTo(2);
        assertThat(count("hazwatch.ingest.batches.refused", "reason", "signature") - badSignatures).isEqualTo(1);
        assertThat(meters.get("hazwatch.ingest.latency").tag("channel", "http").timer().count() - batches)
                .isEqualTo(2);
    }

    private double count(String name, String tag, String value) {
        var search = meters.get(name).tag("channel", "http");
        return (value == null ? search : search.tag(tag, value)).counter().count();
    }

    private MvcTestResult send(GatewayKey gateway, byte[] body, Instant stamped) {
        HttpHeaders headers = new HttpHeaders();
        new RequestSigner(gateway.secret()).headers(gateway.gatewayCode(), stamped.toEpochMilli(), body)
                .forEach(headers::add);
        return mvc().post().uri(WireContract.ingestPath(WireContract.READINGS))
                .contentType(MediaType.APPLICATION_JSON).headers(h -> h.addAll(headers)).content(body).exchange();
    }

    private MockMvcTester mvc() {
        return MockMvcTester.create(mockMvc);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
