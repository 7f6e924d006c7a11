package org.hazwatch.platform.telemetry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hazwatch.platform.telemetry.rules.SeriesPlan;
import org.springframework.stereotype.Component;

/**
 * The rollup rows of the series read lately (t-read, issue 17): the whole 1-minute, 10-minute or hour rows of a
 * point from a plan's start to its {@link SeriesPlan#wholeStepsEnd()}, as they stood at one
 * {@code rollup_progress.received_through}. Many regulators opening the same point (a province's duty room, the
 * bench's trend every 0.5 s) then read only the fresh tail. Exact: the rollup job changes rows only in the
 * transaction that moves {@code received_through}, so rows stored with the mark the tail's statement reads are the
 * rows of that statement's snapshot; a different mark (a rollup ran, late readings revised old rows) is a miss.
 * Rows are changed without moving the mark only by the retention job, which {@link #clear}s this, and by forwarded
 * minutes (cascade), whose points are never kept here.
 */
@Component
class RolledUpRows {

    /** Rows kept in all (about 40 bytes each): some 60 thirty-day trends of 10-minute rows. */
    static final long MOST_ROWS = 250_000;

    /** A point's rows in a plan's source from its start to its whole-steps end. */
    record Key(String pointCode, SeriesPlan.Source source, Instant from, Instant wholeStepsEnd) {

        static Key of(String pointCode, SeriesPlan plan) {
            return new Key(pointCode, plan.source(), plan.from(), plan.wholeStepsEnd());
        }
    }

    /**
     * The rows in bucket order, column by column, and the mark they stood at.
     *
     * @param bucketMillis each row's bucket start, epoch milliseconds
     */
    record Rows(Instant receivedThrough, long[] bucketMillis, double[] min, double[] max, double[] sum,
                long[] count) {

        int size() {
            return bucketMillis.length;
        }
    }

    private final Cache<Key, Rows> rows = Caffeine.newBuilder().maximumWeight(MOST_ROWS)
            .weigher((Key key, Rows r) -> Math.max(1, r.size())).expireAfterAccess(Duration.ofMinutes(15)).build();

    /** The rows kept for the key, whatever mark they stood at: the caller compares it with its own. */
    Optional<Rows> kept(Key key) {
        return Optional.ofNullable(rows.getIfPresent(key));
    }

    void keep(Key key, Rows read) {
        rows.put(key, read);
    }

    /** Forgets every row: the retention job deleted some without moving the mark. */
    void clear() {
        rows.invalidateAll();
    }
}
