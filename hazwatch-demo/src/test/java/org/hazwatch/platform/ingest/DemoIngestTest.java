package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A reading sent over the HTTP contract for a point and gateway registered through the registry. */
@DemoTest
class DemoIngestTest {

    static final String TE = "14052500099";
    static final String TE_GATEWAY = "1405250009901";
    static final String REACTOR_PRESSURE = "14052500099001S0001YL001";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    Registry registry;

    @Test
    void aSignedReadingForARegisteredPointIsStoredAndShownLive() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        byte[] body = WireJson.encode(new ReadingBatch(TE, TE_GATEWAY, "demo-ingest-1",
                List.of(new Reading(REACTOR_PRESSURE, now, 2705.0, Quality.GOOD))));
        String secret = registry.gateway(TE_GATEWAY).orElseThrow().secret();
        var request = post("/api/v1/ingest/readings").contentType(MediaType.APPLICATION_JSON).content(body);
        new RequestSigner(secret).headers(TE_GATEWAY, System.currentTimeMillis(), body).forEach(request::header);

        var reply = MockMvcTester.create(mockMvc).perform(request);
        assertThat(reply).hasStatusOk().bodyJson().extractingPath("$.accepted").isEqualTo(1);

        var live = MockMvcTester.create(mockMvc).get().uri("/api/v1/enterprises/" + TE + "/live")
                .with(httpBasic("te", "Demo@2026"));
        assertThat(live).hasStatusOk().bodyJson()
                .extractingPath("$.points[?(@.pointCode == '" + REACTOR_PRESSURE + "')].value").asArray()
                .containsExactly(2705.0);
    }

    @Test
    void aReadingSignedWithAnotherGatewaysSecretIsRefused() throws Exception {
        byte[] body = WireJson.encode(new ReadingBatch(TE, TE_GATEWAY, "demo-ingest-2",
                List.of(new Reading(REACTOR_PRESSURE, OffsetDateTime.now(), 2705.0, Quality.GOOD))));
        String otherSecret = registry.gateway("1405250000101").orElseThrow().secret();
        var request = post("/api/v1/ingest/readings").contentType(MediaType.APPLICATION_JSON).content(body);
        new RequestSigner(otherSecret).headers(TE_GATEWAY, System.currentTimeMillis(), body).forEach(request::header);

        assertThat(MockMvcTester.create(mockMvc).perform(request)).hasStatus(401);
    }
}
