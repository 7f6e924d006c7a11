package org.hazwatch.platform.cascade;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** On the city: the province's endpoints, each request signed afresh (docs/CASCADE.md, envelope). */
@Component
class Upstream {

    private final CascadeSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    Upstream(CascadeSettings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    /** The province did not take the request; {@code status} 0 when there was no answer at all. */
    static final class Refused extends Exception {

        final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }
    }

    <T> T post(String kind, Object message, Class<T> reply) throws Refused, InterruptedException {
        byte[] body = json.writeValueAsBytes(message);
        long now = clock.millis();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/v1/cascade/" + kind))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header(CascadeWire.PLATFORM_CODE_HEADER, settings.platformCode())
                .header(WireContract.TIMESTAMP_HEADER, Long.toString(now))
                .header(WireContract.SIGNATURE_HEADER, new RequestSigner(settings.secret()).sign(now, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Refused(0, "no answer: " + e);
        }
        if (response.statusCode() != 200) {
            String text = new String(response.body(), StandardCharsets.UTF_8);
            throw new Refused(response.statusCode(), text.substring(0, Math.min(500, text.length())));
        }
        return json.readValue(response.body(), reply);
    }

    private String base() {
        String url = settings.upstreamUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
