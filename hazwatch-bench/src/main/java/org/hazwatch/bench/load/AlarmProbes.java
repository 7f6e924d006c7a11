package org.hazwatch.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.hazwatch.protocol.WireJson;
import tools.jackson.databind.JsonNode;

/**
 * Reading → alarm → warning, under load (报警/预警时延). One probe at a time: an enterprise not probed before has one
 * point of its next regular batch beyond HH ({@link ProvinceLoad#probe}); from the platform's acknowledgement of
 * that batch the probe waits for the alarm's {@code RAISED} on the SSE feed ({@code /api/v1/alarms/stream}, read by
 * one thread for the whole run) and polls {@code GET /api/v1/alarms} and {@code GET /api/v1/warnings} of the
 * enterprise every {@link #POLL} until the HH alarm and a warning of it are listed. All as the province's regulator.
 */
final class AlarmProbes implements AutoCloseable {

    static final Duration POLL = Duration.ofMillis(20);
    static final Duration ALARM_TIMEOUT = Duration.ofSeconds(30);
    static final Duration WARNING_TIMEOUT = Duration.ofSeconds(60);
    static final int PROBE_POINT = 1;
    /** How long beyond a round a probe waits for its batch to be acknowledged (an overloaded platform is slow). */
    static final Duration ACK_TIMEOUT = Duration.ofMinutes(2);

    private final ProvinceClient client;
    private final HttpClient http;
    private final URI stream;
    private final String authorization;
    private final ProvinceLayout layout;
    private final Map<String, CompletableFuture<Long>> watching = new ConcurrentHashMap<>();
    private final Set<Integer> probed = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    final Latencies sse = new Latencies();
    final Latencies list = new Latencies();
    final Latencies alarm = new Latencies();
    final Latencies warning = new Latencies();
    /** Probes whose batch was not acknowledged in time: no latency could be taken. */
    final java.util.concurrent.atomic.AtomicInteger unacknowledged = new java.util.concurrent.atomic.AtomicInteger();
    private Thread reader;

    AlarmProbes(ProvinceClient client, HttpClient http, URI platform, String authorization, ProvinceLayout layout) {
        this.client = client;
        this.http = http;
        this.stream = platform.resolve("/api/v1/alarms/stream");
        this.authorization = authorization;
        this.layout = layout;
    }

    /** Opens the SSE feed and waits for its hello. */
    void listen() throws Exception {
        reader = new Thread(this::read, "province-alarm-feed");
        reader.setDaemon(true);
        reader.start();
        connected.get(30, TimeUnit.SECONDS);
    }

    private void read() {
        try {
            HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(stream)
                    .header("Authorization", authorization).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
            String event = "";
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                    if (event.equals("hello")) {
                        connected.complete(null);
                    }
                } else if (line.startsWith("data:") && event.equals("alarm")) {
                    long now = System.nanoTime();
                    JsonNode item = WireJson.mapper().readTree(line.substring(5).strip());
                    if ("RAISED".equals(item.path("transition").asString())) {
                        CompletableFuture<Long> seen = watching.get(item.path("alarm").path("pointCode").asString());
                        if (seen != null) {
                            seen.complete(now);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            connected.completeExceptionally(e);
            System.err.println("alarm feed closed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One probe through the load; false when the load did not acknowledge the batch. */
    boolean probe(ProvinceLoad load) throws IOException, InterruptedException {
        CompletableFuture<Long> acknowledged = new CompletableFuture<>();
        int enterprise = load.probe(e -> !probed.contains(e), PROBE_POINT, acknowledged);
        probed.add(enterprise);
        String code = layout.enterprise(enterprise);
        String point = layout.point(enterprise, PROBE_POINT);
        CompletableFuture<Long> onFeed = new CompletableFuture<>();
        watching.put(point, onFeed);
        long t0;
        try {
            t0 = acknowledged.get(load.round().toMillis() + ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException e) {
            watching.remove(point);
            unacknowledged.incrementAndGet();
            return false;
        }
        long listedAt = 0;
        long warnedAt = 0;
        long alarmDeadline = t0 + ALARM_TIMEOUT.toNanos();
        long warningDeadline = t0 + WARNING_TIMEOUT.toNanos();
        while ((listedAt == 0 && System.nanoTime() < alarmDeadline)
                || (warnedAt == 0 && System.nanoTime() < warningDeadline)) {
            if (listedAt == 0 && System.nanoTime() < alarmDeadline && listed(code, point)) {
                listedAt = System.nanoTime();
            }
            if (warnedAt == 0 && System.nanoTime() < warningDeadline && warned(code)) {
                warnedAt = System.nanoTime();
            }
            if (listedAt == 0 || warnedAt == 0) {
                Thread.sleep(POLL.toMillis());
            }
        }
        Long fedAt;
        try {
            fedAt = onFeed.get(Math.max(1, alarmDeadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            fedAt = null;
        }
        watching.remove(point);
        record(sse, fedAt == null ? 0 : fedAt, t0);
        record(list, listedAt, t0);
        record(alarm, fedAt == null || listedAt == 0 ? 0 : Math.max(fedAt, listedAt), t0);
        record(warning, warnedAt, t0);
        return true;
    }

    private static void record(Latencies into, long seenAt, long t0) {
        if (seenAt == 0) {
            into.missed();
        } else {
            into.record(seenAt - t0);
        }
    }

    private boolean listed(String enterprise, String point) throws IOException, InterruptedException {
        JsonNode alarms = client.getJson("/api/v1/alarms?state=all&limit=100&enterprise=" + enterprise, authorization);
        for (JsonNode a : alarms) {
            if (point.equals(a.path("pointCode").asString()) && "HH".equals(a.path("severity").asString())) {
                return true;
            }
        }
        return false;
    }

    private boolean warned(String enterprise) throws IOException, InterruptedException {
        JsonNode page = client.getJson("/api/v1/warnings?size=10&enterprise=" + enterprise, authorization);
        return !page.path("items").isEmpty();
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.interrupt();
        }
    }
}
