package org.hazwatch.platform.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.alarm.AlarmInForce;
import org.hazwatch.platform.alarm.AlarmsInForce;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.telemetry.CommittedReadings;
import org.hazwatch.platform.warning.rules.Assessment;
import org.hazwatch.platform.warning.rules.ChangeKind;
import org.hazwatch.platform.warning.rules.Standing;
import org.hazwatch.platform.warning.rules.WarningChange;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.hazwatch.platform.warning.rules.WarningModel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the warning model (预警引擎): one {@code warning-engine} thread owns the alarms in force and the standing
 * warnings; events mark an enterprise for assessment (several events coalesce into one), and {@link #tick} assesses
 * every enterprise with facts. Each change is stored and published by {@link WarningRecorder}; the memory follows
 * only after the commit, so a failed store is tried again at the next assessment. At start it takes up the standing
 * warnings from its table, the alarms in force from the alarm feature and the recent readings for the trends, so a
 * restart neither doubles nor loses a warning.
 */
@Component
class WarningEngine implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WarningEngine.class);
    /** Enterprises of the periodic pass assessed before an enterprise an event marked gets its turn. */
    private static final int PASS_SLICE = 25;

    /**
     * A standing warning: its id, its hysteresis state and the factors last stored. Where it lies is the plant's
     * path at each assessment, so a warning follows its enterprise when the registry moves it.
     */
    private record Held(UUID id, Standing standing, List<WarningFactor> factors) {
    }

    private final WarningPoints points;
    private final WarningFacts facts;
    private final WarningRecorder recorder;
    private final WarningStore store;
    private final AlarmsInForce alarmsInForce;
    private final TrendFeed trends;
    private final CommittedReadings readings;
    private final WarningSettings settings;
    private final WarningModel model;
    private final Clock clock;

    private final Map<EnterpriseCode, Map<UUID, AlarmInForce>> alarms = new HashMap<>();
    private final Map<EnterpriseCode, Map<String, Held>> standing = new HashMap<>();
    private final Set<EnterpriseCode> watched = new HashSet<>();
    private final AssessmentQueue queue = new AssessmentQueue(PASS_SLICE);
    private boolean drainQueued;
    /** When the oldest enterprise still marked for assessment was marked ({@link System#nanoTime}), 0 if none is. */
    private volatile long markedSince;
    /** Enterprises of the periodic pass under way not yet assessed (a meter; tests read it). */
    private volatile int passLeft;
    private volatile ScheduledThreadPoolExecutor thread;

    WarningEngine(WarningPoints points, WarningFacts facts, WarningRecorder recorder, WarningStore store,
                  AlarmsInForce alarmsInForce, TrendFeed trends, CommittedReadings readings,
                  WarningSettings settings, HazwatchProperties hazwatch, Clock clock) {
        this.points = points;
        this.facts = facts;
        this.recorder = recorder;
        this.store = store;
        this.alarmsInForce = alarmsInForce;
        this.trends = trends;
        this.readings = readings;
        this.settings = settings;
        this.model = new WarningModel(settings.weights(), hazwatch.zone());
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (thread == null) {
            thread = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "warning-engine"));
            thread.execute(this::restore);
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** Work waiting for the engine thread, the scheduled assessment included. */
    int queued() {
        ScheduledThreadPoolExecutor t = thread;
        return t == null ? 0 : t.getQueue().size();
    }

    /** Enterprises of the periodic pass under way not yet assessed, 0 when none is under way. */
    int passLeft() {
        return passLeft;
    }

    /** How long the oldest enterprise marked for assessment has waited (the settle time included); zero if none. */
    Duration lag() {
        long since = markedSince;
        return since == 0 ? Duration.ZERO : Duration.ofNanos(Math.max(0, System.nanoTime() - since));
    }

    /** Runs {@code work} on the engine thread (dropped while the engine is stopped). */
    void enqueue(Runnable work) {
        ExecutorService t = thread;
        if (t != null && !t.isShutdown()) {
            t.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.warn("warning engine: {}", e.toString(), e);
                }
            });
        }
    }

    /**
     * Marks the enterprise for assessment soon, at the clock's time: {@code settle} after the first mark, so that
     * the events of one commit — the alarms of one batch of readings, published one by one with other features'
     * listeners in between — are assessed together (one warning at its level, not a raise and an upgrade
     * milliseconds apart, each notified to a dozen people).
     */
    void touch(EnterpriseCode enterpriseCode) {
        enqueue(() -> {
            if (queue.mark(enterpriseCode)) {
                markedSince = System.nanoTime();
            }
            if (!drainQueued) {
                drainQueued = true;
                later(this::drain, settings.settle());
            }
        });
    }

    private void later(Runnable work, Duration delay) {
        ScheduledExecutorService t = thread;
        if (t != null && !t.isShutdown()) {
            try {
                t.schedule(() -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        log.warn("warning engine: {}", e.toString(), e);
                    }
                }, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                drainQueued = false;
            }
        }
    }

    /** Assesses every enterprise with facts at {@code now}, and returns when done (tests pass the time). */
    void tick(Instant now) {
        ExecutorService t = thread;
        if (t == null) {
            return;
        }
        try {
            t.submit(() -> new ArrayList<>(watched).forEach(e -> assess(e, now))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Like {@link #touch}, for an enterprise the engine already follows. */
    void touchIfWatched(EnterpriseCode enterpriseCode) {
        enqueue(() -> {
            if (watched.contains(enterpriseCode)) {
                touch(enterpriseCode);
            }
        });
    }

    /**
     * Starts a pass over every enterprise with facts, on the engine thread, a slice at a time at the clock's time:
     * an enterprise an event marks meanwhile is assessed after the slice under way, not after the whole pass.
     */
    void tickSoon() {
        enqueue(() -> {
            if (queue.startPass(watched)) {
                enqueue(this::passSlice);
            }
            passLeft = queue.passLeft();
        });
    }

    private void passSlice() {
        Instant now = clock.instant();
        queue.takeSlice().forEach(e -> assess(e, now));
        passLeft = queue.passLeft();
        if (queue.passUnderWay()) {
            // behind whatever was queued meanwhile: a drain that is due runs before the next slice
            enqueue(this::passSlice);
        }
    }

    // the methods below run on the engine thread

    void alarmInForce(AlarmInForce alarm) {
        alarms.computeIfAbsent(alarm.enterpriseCode(), k -> new LinkedHashMap<>()).put(alarm.episodeId(), alarm);
        watched.add(alarm.enterpriseCode());
    }

    void alarmSeverity(UUID episodeId, EnterpriseCode enterpriseCode, Severity severity) {
        Map<UUID, AlarmInForce> of = alarms.get(enterpriseCode);
        AlarmInForce a = of == null ? null : of.get(episodeId);
        if (a != null) {
            of.put(episodeId, new AlarmInForce(a.episodeId(), a.enterpriseCode(), a.pointCode(), a.kind(), severity,
                    a.since()));
        }
    }

    void alarmCleared(UUID episodeId, EnterpriseCode enterpriseCode) {
        Map<UUID, AlarmInForce> of = alarms.get(enterpriseCode);
        if (of != null && of.remove(episodeId) != null && of.isEmpty()) {
            alarms.remove(enterpriseCode);
        }
    }

    void watch(EnterpriseCode enterpriseCode) {
        watched.add(enterpriseCode);
    }

    private void drain() {
        drainQueued = false;
        Instant now = clock.instant();
        queue.takeMarked().forEach(enterprise -> assess(enterprise, now));
        passLeft = queue.passLeft();
        markedSince = 0;
    }

    private void restore() {
        // a drain scheduled before a stop died with the old thread: without this, touch() would wait for it forever
        drainQueued = false;
        List<EnterpriseCode> pending = queue.clear();
        markedSince = 0;
        passLeft = 0;
        Instant now = clock.instant();
        for (WarningStore.StandingRow row : store.standing()) {
            EnterpriseCode enterprise = EnterpriseCode.of(row.enterpriseCode());
            standing.computeIfAbsent(enterprise, k -> new HashMap<>())
                    .put(key(HazardSourceCode.ofNullable(row.hazardSourceCode())),
                            new Held(row.id(), Standing.raised(row.level(), row.signature()), null));
            watched.add(enterprise);
        }
        alarmsInForce.all().forEach(this::alarmInForce);
        trends.restore(readings, now);
        log.info("warning engine: {} standing warnings, {} enterprises with alarms in force taken up",
                standing.values().stream().mapToInt(Map::size).sum(), alarms.size());
        new ArrayList<>(watched).forEach(e -> assess(e, now));
        pending.stream().filter(e -> !watched.contains(e)).forEach(e -> assess(e, now));
    }

    private void assess(EnterpriseCode enterpriseCode, Instant now) {
        WarningPoints.Plant plant = points.plant(enterpriseCode.code()).orElse(null);
        if (plant == null) {
            watched.remove(enterpriseCode);
            return;
        }
        List<Assessment> assessments = model.assess(
                facts.gather(plant, alarms.getOrDefault(enterpriseCode, Map.of()).values(), now), now);
        Map<String, Held> held = standing.computeIfAbsent(enterpriseCode, k -> new HashMap<>());
        Set<String> scopes = new HashSet<>(held.keySet());
        boolean moving = false;
        for (Assessment a : assessments) {
            scopes.remove(key(a.hazardSourceCode()));
            follow(plant, held, a, now);
            moving |= a.factors().stream().anyMatch(f -> !f.code().equals("INHERENT_LEVEL"));
        }
        for (String gone : scopes) {
            follow(plant, held, new Assessment(enterpriseCode, gone.isEmpty() ? null : HazardSourceCode.of(gone), 0,
                    null, List.of(),
                    Set.of()), now);
        }
        if (held.isEmpty()) {
            standing.remove(enterpriseCode);
        }
        if (held.isEmpty() && !moving && !alarms.containsKey(enterpriseCode)) {
            watched.remove(enterpriseCode);
        } else {
            watched.add(enterpriseCode);
        }
    }

    private void follow(WarningPoints.Plant plant, Map<String, Held> held, Assessment a, Instant now) {
        String key = key(a.hazardSourceCode());
        Held before = held.get(key);
        WarningChange change = WarningChange.decide(before == null ? null : before.standing(), a, now,
                settings.hold());
        try {
            if (change.kind() == ChangeKind.RAISED) {
                UUID id = recorder.raise(plant.jurisdictionPath(), a, now);
                held.put(key, new Held(id, change.after(), a.factors()));
            } else if (change.kind() == ChangeKind.LIFTED) {
                recorder.lift(before.id(), plant.jurisdictionPath(), before.standing().level(), a, now);
                held.remove(key);
            } else if (before != null) {
                boolean fresher = !Objects.equals(before.factors(), a.factors());
                if (change.kind() != null || fresher) {
                    recorder.change(before.id(), plant.jurisdictionPath(), change.kind(),
                            before.standing().level(), change.after().level(), a, now);
                }
                held.put(key, new Held(before.id(), change.after(), a.factors()));
            }
        } catch (RuntimeException e) {
            log.warn("warning engine: could not store the warning of {} {}: {}", a.enterpriseCode(),
                    a.hazardSourceCode(), e.toString());
        }
    }

    private static String key(HazardSourceCode hazardSourceCode) {
        return hazardSourceCode == null ? "" : hazardSourceCode.code();
    }
}
