package org.hazwatch.platform.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.alarm.rules.Sample;

/**
 * The back-fill the alarm engine has gathered and not yet evaluated: per point the stretch {@code [first, last]} of
 * the readings that came older than its newest. Due once its gateways have paused ({@link #QUIET}) or it has waited
 * {@link #AT_MOST}, so a backlog sent as many batches is evaluated once per point, not once per batch. Owned by the
 * engine thread.
 */
final class BackfillDue {

    /** Back-fill is evaluated once its points have had no more for this long… */
    static final Duration QUIET = Duration.ofSeconds(1);
    /** …or once it has waited this long. */
    static final Duration AT_MOST = Duration.ofSeconds(30);

    private final Map<String, Instant[]> stretches = new HashMap<>();
    private long firstNanos;
    private long lastNanos;
    private long readings;

    /** A reading older than its point's newest evaluated. */
    void add(Sample s) {
        long now = System.nanoTime();
        if (stretches.isEmpty()) {
            firstNanos = now;
        }
        lastNanos = now;
        readings++;
        stretches.merge(s.pointCode(), new Instant[] {s.time(), s.time()}, (a, b) -> new Instant[] {
            a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
    }

    /** Readings taken as back-fill since the start. */
    long readings() {
        return readings;
    }

    /** Whether what was gathered is to be evaluated now ({@code now}: whatever the wait). */
    boolean due(boolean now) {
        if (stretches.isEmpty()) {
            return false;
        }
        long t = System.nanoTime();
        return now || t - lastNanos >= QUIET.toNanos() || t - firstNanos >= AT_MOST.toNanos();
    }

    /** Everything gathered, {@code points} points a chunk; forgotten here. */
    List<Map<String, Instant[]>> take(int points) {
        List<String> due = new ArrayList<>(stretches.keySet());
        List<Map<String, Instant[]>> chunks = new ArrayList<>();
        for (int i = 0; i < due.size(); i += points) {
            Map<String, Instant[]> chunk = new HashMap<>();
            due.subList(i, Math.min(due.size(), i + points)).forEach(p -> chunk.put(p, stretches.get(p)));
            chunks.add(chunk);
        }
        stretches.clear();
        return chunks;
    }

    void clear() {
        stretches.clear();
    }
}
