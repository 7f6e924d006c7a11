package org.hazwatch.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.HeartbeatReply;
import org.hazwatch.protocol.LiveVideo;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;

/**
 * The video gateway's link to the platform (SPEC §10/§11): signed heartbeats whose replies carry the platform's
 * orders, and signed PUTs of a live camera's segments and playlist. Counts every byte it puts on the wire, headers
 * included, so the upload can be held against the camera's bitrate.
 */
final class SegmentUploads {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI platform;
    private final String gatewayCode;
    private final RequestSigner signer;
    private final Clock clock;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong bytesSent = new AtomicLong();

    SegmentUploads(URI platform, String gatewayCode, String secret, Clock clock) {
        this.platform = platform;
        this.gatewayCode = gatewayCode;
        this.signer = new RequestSigner(secret);
        this.clock = clock;
    }

    /** Sends a heartbeat; the orders in the platform's reply. */
    HeartbeatReply heartbeat(Heartbeat heartbeat) throws IOException, InterruptedException {
        byte[] body = WireJson.encode(heartbeat);
        HttpResponse<byte[]> response = client.send(signed(HttpRequest.newBuilder(
                platform.resolve(WireContract.ingestPath(WireContract.HEARTBEAT)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                body), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 204 || response.body().length == 0) {
            return new HeartbeatReply(null);
        }
        if (response.statusCode() != 200) {
            throw new IOException("heartbeat: " + response.statusCode());
        }
        return WireJson.decode(response.body(), HeartbeatReply.class);
    }

    /** PUTs one file of a camera; the platform's status (204 stored, 409 nobody watches, 403 not ours, …). */
    int put(String camera, String file, byte[] content) throws IOException, InterruptedException {
        String contentType = LiveVideo.PLAYLIST.equals(file) ? "application/vnd.apple.mpegurl" : "video/mp2t";
        URI uri = platform.resolve(LiveVideo.segmentPath(camera, file));
        HttpRequest request = signed(HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)), content);
        bytesSent.addAndGet(wireBytes(request, content.length));
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** PUTs one file of an event clip; the platform's status (204 stored, 409 not awaited, 403 not ours, …). */
    int putClip(String clip, String file, byte[] content) throws IOException, InterruptedException {
        String contentType = LiveVideo.PLAYLIST.equals(file) ? "application/vnd.apple.mpegurl" : "video/mp2t";
        HttpRequest request = signed(HttpRequest.newBuilder(platform.resolve(LiveVideo.clipPath(clip, file)))
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(content)), content);
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Bytes put on the wire for segments and playlists so far: request lines, headers and bodies. */
    long bytesSent() {
        return bytesSent.get();
    }

    private HttpRequest signed(HttpRequest.Builder builder, byte[] body) {
        builder.timeout(TIMEOUT);
        signer.headers(gatewayCode, clock.millis(), body).forEach(builder::header);
        return builder.build();
    }

    /** HTTP/1.1 framing of the request: its line, Host, Content-Length, the headers, the blank lines, the body. */
    private static long wireBytes(HttpRequest request, int bodyBytes) {
        long bytes = ("PUT " + request.uri().getRawPath() + " HTTP/1.1\r\nHost: " + request.uri().getAuthority()
                + "\r\nContent-Length: " + bodyBytes + "\r\n\r\n").length();
        for (Map.Entry<String, java.util.List<String>> header : request.headers().map().entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + 2 + value.length() + 2;
            }
        }
        return bytes + bodyBytes;
    }
}
