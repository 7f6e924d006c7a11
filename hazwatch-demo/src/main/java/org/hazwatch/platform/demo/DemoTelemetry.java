package org.hazwatch.platform.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.registry.GatewayCredentials;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.Replay;
import org.hazwatch.sim.ReplayStep;
import org.hazwatch.sim.TePlant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Live telemetry for the demo (演示实时数据), so that {@code ./hazwatch demo} shows values that move: the Tennessee
 * Eastman recording replayed for the TE plant's gateway (disturbance 1, 60× — 50 plant hours in 50 minutes,
 * looping) and {@link DemoSignals} for every other demo enterprise's points, every few seconds. Everything goes
 * through the real data-access contract (SPEC §10): HTTP to the platform's own port, signed with each gateway's
 * secret. On by default in demo mode; {@code hazwatch.demo.telemetry=false} turns it off (the tests do). It
 * stops with the context, and with a test context that Spring pauses while other tests run.
 */
@Component
@ConditionalOnProperty(name = "hazwatch.mode", havingValue = "demo")
@ConditionalOnProperty(name = "hazwatch.demo.telemetry", havingValue = "true", matchIfMissing = true)
class DemoTelemetry implements SmartLifecycle {

    static final int TE_DISTURBANCE = 1;
    static final double TE_SPEED_UP = 60;
    static final Duration SYNTHETIC_EVERY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(DemoTelemetry.class);

    private final Registry registry;
    private final Clock clock;
    private final DemoEpisodeSettings episodeSettings;
    private DemoEpisode episode;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final DemoSignals signals = new DemoSignals(2026);
    private final Map<String, List<DemoSignals.Signal>> synthetic = new LinkedHashMap<>();
    private ScheduledExecutorService scheduler;
    private URI ingest;
    private List<ReplayStep> teSteps = List.of();
    private int teNext;
    private boolean complained;

    DemoTelemetry(Registry registry, Clock clock, DemoEpisodeSettings episodeSettings) {
        this.registry = registry;
        this.clock = clock;
        this.episodeSettings = episodeSettings;
    }

    /** Starts for the first time after the seed (an application runner), once the web server listens. */
    @EventListener
    void ready(ApplicationReadyEvent event) {
        Integer port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", Integer.class);
        if (port == null) {
            return;
        }
        ingest = URI.create("http://127.0.0.1:" + port + WireContract.ingestPath(WireContract.READINGS));
        for (String enterprise : DemoSeed.enterpriseCodes()) {
            if (!enterprise.equals(TePlant.ENTERPRISE_CODE)) {
                synthetic.put(enterprise, registry.pointsOf(enterprise).stream().map(signals::signal).toList());
            }
        }
        if (episodeSettings.enabled()) {
            episode = new DemoEpisode(clock.instant().plus(episodeSettings.startAfter()), episodeSettings.every());
        }
        start();
        log.info("demo telemetry: TE disturbance {} at {}×, {} enterprises synthetic{}", TE_DISTURBANCE, TE_SPEED_UP,
                synthetic.size(), episode == null ? "" : ", a warning episode on " + DemoEpisode.ENTERPRISE
                        + " every " + episodeSettings.every().toMinutes() + " min");
    }

    /** Does nothing before {@link #ready}; afterwards (a stopped context started again) resumes sending. */
    @Override
    public synchronized void start() {
        if (ingest == null || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "demo-telemetry"));
        scheduler.scheduleWithFixedDelay(this::replayTe, 0, 1, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::sendSynthetic, 0, SYNTHETIC_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Stops first, before the web server and the reading writer. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    /** Sends the TE rows that are due; starts the recording over when it has run out. */
    private void replayTe() {
        Instant now = clock.instant();
        if (teNext >= teSteps.size()) {
            teSteps = Replay.ofTePlant(TE_DISTURBANCE, now, TE_SPEED_UP).steps();
            teNext = 0;
        }
        List<Reading> due = new ArrayList<>();
        while (teNext < teSteps.size() && !teSteps.get(teNext).at().isAfter(now)) {
            due.addAll(teSteps.get(teNext++).readings());
        }
        if (!due.isEmpty()) {
            send(TePlant.ENTERPRISE_CODE, TePlant.GATEWAY_CODE, due);
        }
    }

    private void sendSynthetic() {
        Instant now = clock.instant();
        OffsetDateTime time = OffsetDateTime.ofInstant(now, Replay.PLANT_ZONE);
        synthetic.forEach((enterprise, points) -> send(enterprise, enterprise + "01", points.stream()
                .map(signal -> new Reading(signal.pointCode(), time, valueAt(signal, now), Quality.GOOD)).toList()));
    }

    /** The episode's value while it drives the point, else the point's ordinary signal. */
    private double valueAt(DemoSignals.Signal signal, Instant now) {
        double ordinary = signal.valueAt(now);
        return episode == null ? ordinary : episode.valueAt(signal.pointCode(), now).orElse(ordinary);
    }

    private void send(String enterprise, String gatewayCode, List<Reading> readings) {
        GatewayCredentials gateway = registry.gateway(gatewayCode).orElse(null);
        if (gateway == null || readings.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        byte[] body = WireJson.encode(new ReadingBatch(enterprise, gatewayCode, UUID.randomUUID().toString(),
                readings));
        HttpRequest.Builder request = HttpRequest.newBuilder(ingest).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        new RequestSigner(gateway.secret()).headers(gatewayCode, now.toEpochMilli(), body).forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                complainOnce("ingest answered " + response.statusCode() + ": " + response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            complainOnce("could not send: " + e);
        }
    }

    private void complainOnce(String what) {
        if (!complained) {
            complained = true;
            log.warn("demo telemetry: {}", what);
        }
    }
}
