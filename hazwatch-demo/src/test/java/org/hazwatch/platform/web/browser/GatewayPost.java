package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireJson;

/** Readings posted as an enterprise gateway does (SPEC §10): HTTP, JSON, signed with the gateway's secret. */
final class GatewayPost {

    private GatewayPost() {
    }

    static Reading reading(String pointCode, Instant time, double value) {
        return new Reading(pointCode, time.atOffset(ZoneOffset.ofHours(8)), value, Quality.GOOD);
    }

    /** Posts one batch to the platform at {@code baseUrl} and checks every reading was accepted. */
    static void readings(String baseUrl, Registry registry, String enterpriseCode, String gatewayCode,
                         Reading... readings) throws Exception {
        byte[] body = WireJson.encode(new ReadingBatch(enterpriseCode, gatewayCode, UUID.randomUUID().toString(),
                List.of(readings)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/ingest/readings"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        new RequestSigner(registry.gateway(gatewayCode).orElseThrow().secret())
                .headers(gatewayCode, System.currentTimeMillis(), body).forEach(request::header);
        HttpResponse<String> reply = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).contains("\"accepted\":" + readings.length);
    }
}
