package org.hazwatch.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.SyntheticPlant;

/**
 * One load gateway (采集网关): posts signed batches of its enterprise's readings one after another over a kept-alive
 * HTTP/1.1 connection, as a real gateway pushes, until told to stop. Every acknowledged request goes into the tally;
 * anything but a clean 200 (every reading accepted) counts as a failure and is reported once.
 */
final class GatewayLoad implements Runnable {

    private final HttpClient http;
    private final URI readings;
    private final String gatewayCode;
    private final RequestSigner signer;
    private final BatchBodies bodies;
    private final Tally tally;
    private final BooleanSupplier running;
    private boolean complained;

    GatewayLoad(HttpClient http, URI platform, String enterpriseCode, String secret, List<String> pointCodes,
                int batchSize, Tally tally, BooleanSupplier running) {
        this.http = http;
        this.readings = platform.resolve(WireContract.ingestPath(WireContract.READINGS));
        this.gatewayCode = SyntheticPlant.gatewayCode(enterpriseCode);
        this.signer = new RequestSigner(secret);
        this.bodies = new BatchBodies(enterpriseCode, pointCodes, batchSize);
        this.tally = tally;
        this.running = running;
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
            try {
                send();
            } catch (IOException e) {
                complain("request failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void send() throws IOException, InterruptedException {
        Instant now = Instant.now();
        byte[] body = bodies.next(now);
        HttpRequest.Builder request = HttpRequest.newBuilder(readings)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signer.headers(gatewayCode, now.toEpochMilli(), body).forEach(request::header);
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long latency = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            complain("HTTP " + response.statusCode() + ": " + new String(response.body()));
            return;
        }
        IngestReply reply = WireJson.decode(response.body(), IngestReply.class);
        if (reply.duplicates() > 0 || !reply.rejected().isEmpty()) {
            complain(reply.duplicates() + " duplicates, rejected " + reply.rejected().stream().limit(3).toList());
        }
        tally.acknowledged(latency, reply.accepted());
    }

    private void complain(String what) {
        tally.failed();
        if (!complained) {
            complained = true;
            System.err.println("gateway " + gatewayCode + ": " + what);
        }
    }
}
