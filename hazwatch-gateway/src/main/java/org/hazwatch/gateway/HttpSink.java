package org.hazwatch.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import tools.jackson.core.JacksonException;

/**
 * Sends batches over HTTP (SPEC §10): {@code POST <platform>/api/v1/ingest/readings}, signed afresh on every
 * attempt (the platform refuses a signature it has seen, and requests older than 5 minutes).
 */
final class HttpSink implements ReadingSink {

    /** The platform waits up to 30 s for its commit before answering 503; give it that and a little more. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(40);
    private static final int MAX_REASON_CHARS = 500;

    private final URI readings;
    private final URI heartbeats;
    private final String gatewayCode;
    private final RequestSigner signer;
    private final Clock clock;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpSink(URI platform, String gatewayCode, String secret, Clock clock) {
        this.readings = platform.resolve(WireContract.ingestPath(WireContract.READINGS));
        this.heartbeats = platform.resolve(WireContract.ingestPath(WireContract.HEARTBEAT));
        this.gatewayCode = gatewayCode;
        this.signer = new RequestSigner(secret);
        this.clock = clock;
    }

    @Override
    public Delivery send(ReadingBatch batch) throws SinkUnavailableException {
        HttpResponse<String> response = post(readings, WireJson.encode(batch));
        int status = response.statusCode();
        if (status == 200) {
            try {
                return new Delivery.Stored(WireJson.decode(response.body().getBytes(StandardCharsets.UTF_8),
                        IngestReply.class));
            } catch (JacksonException e) {
                // Stored or not, we cannot tell: sending again is safe, the platform stores each reading once.
                throw new SinkUnavailableException("unreadable 200 reply: " + e.getOriginalMessage(), e);
            }
        }
        String reason = status + " " + abbreviate(response.body());
        if (status == 413) {
            throw new BatchTooLargeException(reason);
        }
        if (status == 401) {
            throw new SinkUnavailableException(reason + " — check the gateway code, secret and clock");
        }
        if (status >= 400 && status < 500) {
            return new Delivery.Refused(status, reason);
        }
        throw new SinkUnavailableException(reason);
    }

    @Override
    public void heartbeat(Heartbeat heartbeat) throws SinkUnavailableException {
        HttpResponse<String> response = post(heartbeats, WireJson.encode(heartbeat));
        if (response.statusCode() / 100 != 2) {
            throw new SinkUnavailableException(response.statusCode() + " " + abbreviate(response.body()));
        }
    }

    private HttpResponse<String> post(URI uri, byte[] body) throws SinkUnavailableException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signer.headers(gatewayCode, clock.millis(), body).forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SinkUnavailableException(uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkUnavailableException("interrupted", e);
        }
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_REASON_CHARS ? flat : flat.substring(0, MAX_REASON_CHARS) + "…";
    }
}
