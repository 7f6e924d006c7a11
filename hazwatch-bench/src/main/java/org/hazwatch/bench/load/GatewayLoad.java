package org.hazwatch.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
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
 * anything but a clean 200 (every reading accepted) counts as a failure and is reported once. The batches sent
 * while {@code recording} holds are kept, to be sent again by {@link #resend} (a gateway back-filling what it had
 * sent already): then every reading must come back a duplicate.
 */
final class GatewayLoad implements Runnable {

    private final HttpClient http;
    private final URI readings;
    private final String gatewayCode;
    private final RequestSigner signer;
    private final BatchBodies bodies;
    private final Tally tally;
    private final BooleanSupplier running;
    private final BooleanSupplier recording;
    private final List<byte[]> sent = new ArrayList<>();
    private boolean complained;

    GatewayLoad(HttpClient http, URI platform, String enterpriseCode, String secret, List<String> pointCodes,
                int batchSize, Tally tally, BooleanSupplier running, BooleanSupplier recording) {
        this.http = http;
        this.readings = platform.resolve(WireContract.ingestPath(WireContract.READINGS));
        this.gatewayCode = SyntheticPlant.gatewayCode(enterpriseCode);
        this.signer = new RequestSigner(secret);
        this.bodies = new BatchBodies(enterpriseCode, pointCodes, batchSize);
        this.tally = tally;
        this.running = running;
        this.recording = recording;
    }

    /** Readings in the batches kept for the re-send. */
    long recordedReadings() {
        return (long) sent.size() * bodies.batchSize();
    }

    /**
     * Sends the kept batches again, in order and re-signed at the time of sending, until all are sent or
     * {@code going} stops holding; each goes into {@code into}, counted by the readings it carried.
     */
    void resend(Tally into, BooleanSupplier going) {
        for (byte[] body : sent) {
            if (!going.getAsBoolean()) {
                return;
            }
            try {
                post(body, into, true);
            } catch (IOException e) {
                complain(into, "re-send failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
            try {
                send();
            } catch (IOException e) {
                complain(tally, "request failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void send() throws IOException, InterruptedException {
        byte[] body = bodies.next(Instant.now());
        boolean kept = recording.getAsBoolean();
        post(body, tally, false);
        if (kept) {
            sent.add(body);
        }
    }

    /** Posts one batch; a re-sent one must come back all duplicates, a new one all accepted. */
    private void post(byte[] body, Tally into, boolean again) throws IOException, InterruptedException {
        Instant now = Instant.now();
        HttpRequest.Builder request = HttpRequest.newBuilder(readings)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signer.headers(gatewayCode, now.toEpochMilli(), body).forEach(request::header);
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long latency = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            complain(into, "HTTP " + response.statusCode() + ": " + new String(response.body()));
            return;
        }
        IngestReply reply = WireJson.decode(response.body(), IngestReply.class);
        if ((again ? reply.accepted() : reply.duplicates()) > 0 || !reply.rejected().isEmpty()) {
            complain(into, reply.accepted() + " accepted, " + reply.duplicates() + " duplicates, rejected "
                    + reply.rejected().stream().limit(3).toList() + (again ? " (re-send)" : ""));
        }
        into.acknowledged(latency, again ? reply.duplicates() : reply.accepted());
    }

    private void complain(Tally into, String what) {
        into.failed();
        if (!complained) {
            complained = true;
            System.err.println("gateway " + gatewayCode + ": " + what);
        }
    }
}
