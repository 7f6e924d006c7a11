package org.hazwatch.platform.alarm;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.alarm.rules.ConditionEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves the alarm engine's conditions (issue 17): the points changed since the last save, and a whole image once
 * the changes written since the last whole one name as many points as there are, so a restart reads at most about
 * twice the state. The bytes are made on the engine thread (they must be the state after one group) and written by a
 * thread of its own, in order, so the engine does not wait for the database: what was saved is always a state the
 * engine was in after a group whose transitions were already stored, so a restart from it is exact whenever it was
 * written. A failed write loses nothing but the rows after it, which are then skipped until the next whole image.
 */
final class ConditionSaver {

    private static final Logger log = LoggerFactory.getLogger(ConditionSaver.class);

    private final AlarmStore store;
    private final TransactionTemplate tx;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "alarm-conditions"));
    /** Set by the writer after a failure, by a restore: the next save is a whole image. */
    private volatile boolean wholeNext = true;
    /** On the writer thread: a row was lost, so change rows mean nothing until the next whole image. */
    private boolean broken;
    /** On the engine thread: points named by the change rows since the last whole image. */
    private long changedSinceWhole;

    ConditionSaver(AlarmStore store, TransactionTemplate tx) {
        this.store = store;
        this.tx = tx;
    }

    /** On the engine thread: saves the conditions as they are after the group received at {@code through}. */
    void save(ConditionEngine conditions, Instant through) {
        int changed = conditions.changedCount();
        boolean whole = wholeNext || changedSinceWhole + changed > conditions.pointCount();
        if (!whole && changed == 0) {
            return;
        }
        wholeNext = false;
        int points = whole ? conditions.pointCount() : changed;
        byte[] image = whole ? conditions.image() : conditions.changes();
        changedSinceWhole = whole ? 0 : changedSinceWhole + changed;
        writer.execute(() -> write(whole, through, points, image));
    }

    private void write(boolean whole, Instant through, int points, byte[] image) {
        if (broken && !whole) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> store.saveConditions(through, whole, points, image));
            broken = false;
        } catch (RuntimeException e) {
            broken = true;
            wholeNext = true;
            log.warn("alarm conditions not saved ({} points, {} bytes); the next save writes them all", points,
                    image.length, e);
        }
    }

    /**
     * On the engine thread: reads the saved conditions into an empty engine; returns the receive time of the group
     * they are the state after, from which the reading log is to be replayed. Conditions that cannot be read leave
     * the engine empty, to be rebuilt from that time.
     */
    Instant restoreInto(ConditionEngine conditions, AlarmStore.EngineState state) {
        wholeNext = true;
        changedSinceWhole = 0;
        List<AlarmStore.ConditionImage> images = store.conditionImages();
        boolean saved = !images.isEmpty() && images.get(0).whole();
        Instant through = saved ? images.get(images.size() - 1).savedThrough() : state.savedThrough();
        try {
            if (saved) {
                for (AlarmStore.ConditionImage image : images) {
                    conditions.apply(image.image());
                }
            } else if (state.conditions() != null) {
                conditions.apply(state.conditions());
            }
            return through;
        } catch (IOException e) {
            log.warn("saved alarm conditions unreadable; rebuilding from {}", through, e);
            conditions.clear();
            return through;
        }
    }

    /** Waits for the rows queued to be written, at most {@code wait}; then stops the writer. */
    void close(Duration wait) {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
