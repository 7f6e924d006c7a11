package org.hazwatch.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.SyntheticPlant;

/**
 * The province's gateways at a fixed rate: every enterprise sends all its points once per round of
 * {@link #round()} = enterprises × points / rate, enterprise {@code i} at offset {@code i/enterprises} of the round,
 * so the platform sees a steady stream of small batches as a province's gateways would send them. {@code senders}
 * threads share the enterprises (i mod senders) and post each batch at its time without waiting for the reply (as
 * independent gateways do), up to {@code maxInFlight} unanswered at once; a thread that falls behind sends at once,
 * and the achieved rate says so. A probe asks for one enterprise's next batch to carry an HH crossing ({@link #probe}) and learns when the
 * platform acknowledged it.
 */
final class ProvinceLoad {

    private final HttpClient http;
    private final URI readings;
    private final ProvinceLayout layout;
    private final List<RequestSigner> signers;
    private final ProvinceBodies bodies;
    private final Duration round;
    private final int senders;
    private final Tally tally;
    private final LongAdder crossings = new LongAdder();
    private final LongAdder behind = new LongAdder();
    private final LongAdder saturated = new LongAdder();
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final Map<Integer, Probe> probes = new ConcurrentHashMap<>();
    /** How many of a sender's batches ahead of its cursor a probe goes: it is not yet being built. */
    private static final int AHEAD = 3;
    private final java.util.concurrent.atomic.AtomicInteger nextProbeSender = new java.util.concurrent.atomic.AtomicInteger();
    private java.util.concurrent.atomic.AtomicIntegerArray cursors;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private long startNanos;

    /** A probe's request: the point to cross HH, completed with the acknowledgement's {@code System.nanoTime()}. */
    record Probe(int point, CompletableFuture<Long> acknowledged) {
    }

    ProvinceLoad(HttpClient http, URI platform, ProvinceLayout layout, List<String> secrets, double rate,
                 double crossingShare, int senders, int maxInFlight, Tally tally) {
        this.inFlight = new Semaphore(maxInFlight);
        this.maxInFlight = maxInFlight;
        this.http = http;
        this.readings = platform.resolve(WireContract.ingestPath(WireContract.READINGS));
        this.layout = layout;
        this.signers = secrets.stream().map(RequestSigner::new).toList();
        this.bodies = new ProvinceBodies(layout, crossingShare);
        this.round = roundOf(layout.points(), rate);
        this.senders = Math.max(1, Math.min(senders, layout.enterprises()));
        this.tally = tally;
    }

    /** How long one round of all points takes at the rate; at least a second (a point's readings 1 s apart). */
    static Duration roundOf(long points, double rate) {
        return Duration.ofNanos(Math.max(1_000_000_000L, Math.round(points * 1e9 / rate)));
    }

    Duration round() {
        return round;
    }

    long crossings() {
        return crossings.sum();
    }

    /** Batches sent later than their slot by more than a tenth of the round. */
    long behind() {
        return behind.sum();
    }

    /** Batches that had to wait for one in flight to finish ({@code --in-flight} reached). */
    long saturated() {
        return saturated.sum();
    }

    void start() {
        running = true;
        startNanos = System.nanoTime();
        cursors = new java.util.concurrent.atomic.AtomicIntegerArray(senders);
        for (int s = 0; s < senders; s++) {
            cursors.set(s, s);
        }
        for (int s = 0; s < senders; s++) {
            int sender = s;
            Thread thread = new Thread(() -> send(sender), "province-gateways-" + s);
            threads.add(thread);
            thread.start();
        }
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
        inFlight.acquire(maxInFlight);
        inFlight.release(maxInFlight);
        probes.values().forEach(p -> p.acknowledged().cancel(false));
    }

    /**
     * The enterprise a sender is about to send a few batches from now (where the senders really are, which under
     * overload is behind the schedule) that {@code fresh} accepts, asked to cross HH on {@code point} in that batch.
     */
    int probe(java.util.function.IntPredicate fresh, int point, CompletableFuture<Long> acknowledged) {
        int sender = nextProbeSender.getAndIncrement() % senders;
        int n = layout.enterprises();
        int mine = (n - sender + senders - 1) / senders;
        int at = (cursors.get(sender) - sender) / senders;
        for (int k = 0; k < mine; k++) {
            int e = sender + (at + AHEAD + k) % mine * senders;
            if (fresh.test(e) && !probes.containsKey(e)) {
                probes.put(e, new Probe(point, acknowledged));
                return e;
            }
        }
        throw new IllegalStateException("every enterprise has been probed");
    }

    private void send(int sender) {
        SplittableRandom random = new SplittableRandom(sender);
        long roundNanos = round.toNanos();
        int n = layout.enterprises();
        for (long step = 0; running; step++) {
            for (int e = sender; e < n && running; e += senders) {
                cursors.set(sender, e);
                long due = startNanos + step * roundNanos + (long) ((double) e * roundNanos / n);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    sleepNanos(wait);
                } else if (-wait > roundNanos / 10) {
                    behind.increment();
                }
                if (!running) {
                    return;
                }
                Probe probe = probes.remove(e);
                ProvinceBodies.Batch batch = bodies.batch(e, Instant.now(), step, probe == null ? -1 : probe.point(),
                        random);
                crossings.add(batch.crossings());
                if (!inFlight.tryAcquire()) {
                    saturated.increment();
                    try {
                        inFlight.acquire();
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                post(e, batch.body()).whenComplete((acknowledged, failure) -> {
                    inFlight.release();
                    if (probe != null) {
                        if (acknowledged != null && acknowledged > 0) {
                            probe.acknowledged().complete(acknowledged);
                        } else {
                            probe.acknowledged().cancel(false);
                        }
                    }
                });
            }
        }
    }

    /** Posts one batch without waiting for it; completes with the nanoTime of a clean acknowledgement, or 0. */
    private CompletableFuture<Long> post(int enterprise, byte[] body) {
        String gateway = SyntheticPlant.gatewayCode(layout.enterprise(enterprise));
        HttpRequest.Builder request = HttpRequest.newBuilder(readings)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signers.get(enterprise).headers(gateway, System.currentTimeMillis(), body).forEach(request::header);
        long start = System.nanoTime();
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).handle((response, failure) -> {
            long now = System.nanoTime();
            if (failure != null) {
                complain(gateway, "request failed: " + failure);
                return 0L;
            }
            if (response.statusCode() != 200) {
                complain(gateway, "HTTP " + response.statusCode() + ": " + new String(response.body()));
                return 0L;
            }
            IngestReply reply = WireJson.decode(response.body(), IngestReply.class);
            if (!reply.rejected().isEmpty() || reply.duplicates() > 0) {
                complain(gateway, reply.accepted() + " accepted, " + reply.duplicates() + " duplicates, rejected "
                        + reply.rejected().stream().limit(3).toList());
            }
            tally.acknowledged(now - start, reply.accepted());
            return now;
        });
    }

    private final java.util.concurrent.atomic.AtomicInteger complaints = new java.util.concurrent.atomic.AtomicInteger();

    private void complain(String gateway, String what) {
        tally.failed();
        if (complaints.incrementAndGet() <= 5) {
            System.err.println("gateway " + gateway + ": " + what);
        }
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
