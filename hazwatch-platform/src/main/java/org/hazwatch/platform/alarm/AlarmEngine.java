package org.hazwatch.platform.alarm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.hazwatch.platform.alarm.rules.AlarmBoard;
import org.hazwatch.platform.alarm.rules.AlarmKey;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.AlarmOperationRefused;
import org.hazwatch.platform.alarm.rules.Backfill;
import org.hazwatch.platform.alarm.rules.ChangeSink;
import org.hazwatch.platform.alarm.rules.ConditionChange;
import org.hazwatch.platform.alarm.rules.ConditionEngine;
import org.hazwatch.platform.alarm.rules.Cover;
import org.hazwatch.platform.alarm.rules.Covers;
import org.hazwatch.platform.alarm.rules.Episode;
import org.hazwatch.platform.alarm.rules.Sample;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.alarm.rules.Transition;
import org.hazwatch.platform.telemetry.CommittedReadings;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingsCommitted;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alarm engine (报警引擎): one thread owns the conditions of every point and the open episodes, in memory.
 *
 * <p>The reading writer's {@link ReadingsCommitted} is only queued here, so the writer is not held up; the engine
 * thread evaluates each group, then stores its transitions and the group's receive time in one transaction, and
 * only then publishes them. People's operations and wall-clock changes run on the same thread, so nothing needs a
 * lock. Every {@code saveEvery} the conditions themselves are saved, those changed since the last save
 * ({@link ConditionSaver}); at start they are read back and the groups
 * received since are read from the reading log and evaluated again — those already stored only to rebuild the
 * conditions, the rest as new — so after a restart nothing is raised twice and nothing is missed.
 */
@Component
class AlarmEngine implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlarmEngine.class);
    private static final ChangeSink REBUILD_ONLY = change -> { };
    /** How far before a back-filled stretch its points' stored readings are taken to rebuild their state. */
    static final Duration BACKFILL_LOOK_BACK = Duration.ofHours(1);
    static final int BACKFILL_POINTS = 50;

    /** A task and when it was queued ({@link System#nanoTime}): the oldest one's wait is the engine's lag. */
    private record Queued(Runnable task, long since) {
    }

    private final BlockingQueue<Queued> tasks = new LinkedBlockingQueue<>();
    private final AtomicLong restoresAfterFailure = new AtomicLong();
    private final AlarmPoints points;
    private final AlarmStore store;
    private final CoverStore coverStore;
    private final CommittedReadings committed;
    private final TransactionTemplate tx;
    private final AlarmPublisher publisher;
    private final AlarmSettings settings;
    private final Clock clock;
    final Covers covers = new Covers();
    private ConditionEngine conditions;
    private AlarmBoard board;
    private Instant lastSaved = Instant.EPOCH;
    private Instant lastGroup;
    private final BackfillDue backfillDue = new BackfillDue();
    private ConditionSaver saver;
    private volatile boolean running;
    private volatile boolean abandoned;
    private Thread thread;

    AlarmEngine(AlarmPoints points, AlarmStore store, CoverStore coverStore, CommittedReadings committed,
                TransactionTemplate tx, AlarmPublisher publisher, AlarmSettings settings, Clock clock) {
        this.points = points;
        this.store = store;
        this.coverStore = coverStore;
        this.committed = committed;
        this.tx = tx;
        this.publisher = publisher;
        this.settings = settings;
        this.clock = clock;
    }

    void enqueue(Runnable task) {
        tasks.add(new Queued(task, System.nanoTime()));
    }

    /** Tasks waiting for the engine thread (each committed group of readings is one). */
    int queued() {
        return tasks.size();
    }

    /** How long the oldest waiting task has waited; zero when none waits. */
    Duration lag() {
        Queued oldest = tasks.peek();
        return oldest == null ? Duration.ZERO : Duration.ofNanos(Math.max(0, System.nanoTime() - oldest.since()));
    }

    /** How often a failed task made the engine forget its memory and restore from the database. */
    long restoresAfterFailure() {
        return restoresAfterFailure.get();
    }

    /**
     * Runs an operation on the engine thread and waits for it; its exception is the caller's. A refusal changes
     * nothing; any other failure may have left memory ahead of the database, so the engine restores.
     */
    <T> T call(Callable<T> operation) {
        CompletableFuture<T> done = new CompletableFuture<>();
        enqueue(() -> {
            try {
                done.complete(operation.call());
            } catch (AlarmOperationRefused e) {
                done.completeExceptionally(e);
            } catch (Exception e) {
                done.completeExceptionally(e);
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        });
        try {
            return done.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the alarm engine", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the alarm engine did not answer in time", e);
        }
    }

    /**
     * On the engine thread: evaluates a committed group; {@code store} false only rebuilds the conditions. Readings
     * not after the newest evaluated for their point are back-fill: they are evaluated apart ({@link #backfill}).
     */
    void evaluate(ReadingsCommitted group, boolean storeChanges) {
        List<Sample> samples = group.readings().stream().map(Samples::of).toList();
        if (!storeChanges) {
            conditions.evaluateAll(samples, REBUILD_ONLY);
            return;
        }
        conditions.evaluateNew(samples, change -> board.apply(change, covers.at(change.key(), change.at())),
                backfillDue::add);
        heardFrom(group);
        lastGroup = group.receivedAt();
        boolean saveDue = !clock.instant().isBefore(lastSaved.plus(settings.saveEvery()));
        commit(saveDue, board.hasChanges() ? () -> store.evaluatedThrough(group.receivedAt()) : null);
    }

    /**
     * On the engine thread: the back-fill gathered so far once it is due ({@link BackfillDue}), or {@code now}.
     * Points go {@link #BACKFILL_POINTS} at a time.
     */
    void backfillIfDue(boolean now) {
        if (backfillDue.due(now)) {
            backfillDue.take(BACKFILL_POINTS).forEach(this::backfill);
        }
    }

    /** On the engine thread: readings taken as back-fill since the start (older than their point's newest). */
    long backfilledReadings() {
        return backfillDue.readings();
    }

    /**
     * On the engine thread: the back-filled stretches of some points ({@code [first, last]} time per point) through
     * the same rules, from the stored readings ({@link Backfill}); the episodes found are stored marked late. Only
     * those still active now are published and go on the live board; the others reach lists and health figures.
     */
    private void backfill(Map<String, Instant[]> stretches) {
        Instant from = stretches.values().stream().map(s -> s[0]).min(Instant::compareTo).orElseThrow()
                .minus(BACKFILL_LOOK_BACK);
        Map<String, Instant> liveThrough = new HashMap<>();
        stretches.keySet().forEach(p -> liveThrough.put(p, conditions.evaluatedThrough(p)));
        List<Sample> stored = committed.ofPoints(stretches.keySet(), from).stream().map(Samples::of)
                .filter(s -> !s.time().isAfter(liveThrough.get(s.pointCode()))).toList();
        Backfill.Outcome outcome = Backfill.evaluate(points::settings, stored, stretches, covers::at,
                board::openOf, clock.instant());
        if (outcome.changes().isEmpty()) {
            return;
        }
        board.restore(outcome.adopted());
        outcome.points().forEach(p -> conditions.adopt(p, outcome.conditions()));
        tx.executeWithoutResult(status -> store.save(outcome.changes(), points::jurisdictionPathOf));
        publisher.publish(outcome.live(), points::jurisdictionPathOf);
        publisher.backfilled(outcome.changes());
    }

    /** On the engine thread: an offline or online change of a point or enterprise, at wall-clock time. */
    void presence(AlarmKey key, boolean offline, Instant at) {
        Severity from = offline ? null : Severity.OFFLINE;
        Severity to = offline ? Severity.OFFLINE : null;
        board.apply(new ConditionChange(key, at, from, to, Double.NaN, Double.NaN, false), covers.at(key, at));
        commit(false, null);
    }

    /** On the engine thread: a condition that is there and gone at once (a video AI event), at wall-clock time. */
    void momentary(AlarmKey key, Severity severity, Instant at) {
        board.apply(new ConditionChange(key, at, null, severity, Double.NaN, Double.NaN, false), covers.at(key, at));
        board.apply(new ConditionChange(key, at, severity, null, Double.NaN, Double.NaN, false), covers.at(key, at));
        commit(false, null);
    }

    /** On the engine thread: puts every open episode under the cover that holds for it now. */
    void recover(String actor, String note, Instant at) {
        for (Episode e : board.openEpisodes()) {
            Cover now = covers.at(e.key(), at);
            if (now != e.cover()) {
                board.cover(e.key(), now, actor, note, at);
            }
        }
    }

    /** On the engine thread: a point's settings changed. */
    void reconfigure(String pointCode) {
        conditions.reconfigure(pointCode);
    }

    AlarmBoard board() {
        return board;
    }

    ConditionEngine conditions() {
        return conditions;
    }

    /** On the engine thread: the newest reading time evaluated live for the point; null when none was. */
    Instant evaluatedThrough(String pointCode) {
        return conditions.evaluatedThrough(pointCode);
    }

    /**
     * On the engine thread: stores what changed on the board (and, when asked, the conditions) together with
     * {@code alsoInTransaction} — an audit entry, a cover; may be null — then publishes it.
     */
    void commit(boolean saveConditions, Runnable alsoInTransaction) {
        AlarmBoard.Changes changes = board.drain();
        if (changes.isEmpty() && !saveConditions && alsoInTransaction == null) {
            return;
        }
        tx.executeWithoutResult(status -> {
            store.save(changes, points::jurisdictionPathOf);
            if (alsoInTransaction != null) {
                alsoInTransaction.run();
            }
        });
        if (saveConditions) {
            // after the group's transitions are stored, never before: the saved state must not be ahead of them
            if (lastGroup != null) {
                saver.save(conditions, lastGroup);
            }
            lastSaved = clock.instant();
        }
        publisher.publish(changes, points::jurisdictionPathOf);
    }

    /** A reading proves its point and enterprise are online, whatever the presence watch has said yet. */
    private void heardFrom(ReadingsCommitted group) {
        if (!board.anyActiveOffline()) {
            return;
        }
        EnterpriseCode lastEnterprise = null;
        for (NewReading r : group.readings()) {
            AlarmKey point = AlarmKey.ofPoint(PointCode.of(r.pointCode()), AlarmKind.POINT_OFFLINE);
            EnterpriseCode enterprise = point.enterpriseCode();
            if (board.openOf(point).filter(Episode::active).isPresent()) {
                board.apply(new ConditionChange(point, group.receivedAt(), Severity.OFFLINE, null, Double.NaN,
                        Double.NaN, false), Cover.NONE);
            }
            if (!enterprise.equals(lastEnterprise)) {
                lastEnterprise = enterprise;
                AlarmKey whole = AlarmKey.ofEnterprise(enterprise, AlarmKind.ENTERPRISE_OFFLINE);
                if (board.openOf(whole).filter(Episode::active).isPresent()) {
                    board.apply(new ConditionChange(whole, group.receivedAt(), Severity.OFFLINE, null, Double.NaN,
                            Double.NaN, false), Cover.NONE);
                }
            }
        }
    }

    /** Forgets everything in memory and brings it back from the database and the reading log. */
    void restore() {
        conditions = new ConditionEngine(points::settings);
        board = new AlarmBoard();
        backfillDue.clear();
        covers.clear();
        coverStore.loadInto(covers);
        AlarmStore.EngineState state = store.state();
        Instant savedThrough = saver.restoreInto(conditions, state);
        board.restore(store.openEpisodes());
        lastGroup = savedThrough;
        committed.replayAfter(savedThrough,
                group -> evaluate(group, group.receivedAt().isAfter(state.evaluatedThrough())));
        lastSaved = clock.instant();
        log.info("alarm engine restored: {} points, {} open episodes", conditions.pointCount(),
                board.openEpisodes().size());
    }

    private void run() {
        while ((running || !tasks.isEmpty()) && !abandoned) {
            try {
                Queued queued = tasks.poll(200, TimeUnit.MILLISECONDS);
                if (queued != null) {
                    runSafely(queued.task());
                }
                runSafely(() -> backfillIfDue(!running));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!abandoned) {
            runSafely(() -> backfillIfDue(true));
            runSafely(() -> commit(true, null));
        }
    }

    /** A failure to store leaves memory ahead of the database: start again from what was stored. */
    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            if (abandoned) {
                // cut short by the stop: nothing to restore now, the next start restores from the database
                log.info("alarm engine stopped in the middle of a task ({}); the next start restores from the "
                        + "database", e.toString());
                return;
            }
            log.error("alarm engine task failed; restoring from the database", e);
            restoresAfterFailure.incrementAndGet();
            try {
                restore();
            } catch (RuntimeException again) {
                log.error("alarm engine could not restore", again);
            }
        }
    }

    @Override
    public synchronized void start() {
        saver = new ConditionSaver(store, tx);
        restore();
        abandoned = false;
        running = true;
        thread = new Thread(this::run, "alarm-engine");
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        try {
            thread.join(5_000);
            if (thread.isAlive()) {
                // The last save only shortens the next start's catching up; a database already gone must not hold
                // up the shutdown. Marked abandoned before the interrupt, so what the interrupt cuts short is
                // neither an error nor a reason to restore.
                abandoned = true;
                thread.interrupt();
                thread.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saver.close(abandoned ? Duration.ZERO : Duration.ofSeconds(10));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the reading writer (which has phase DEFAULT - 4096) and stops after it has written its last. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 8192;
    }
}
