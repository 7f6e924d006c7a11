package org.hazwatch.platform.warning.rules;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The trends of one point, live and in a replay alike: a short window for the crossing of a shutdown limit from
 * beyond the operating limit ({@link Trend#predict}) and a long one for the crossing of the operating limit from
 * inside the normal band ({@link Trend#predictOperating}), each a bounded {@link TrendWindow} of up to {@code capacity}
 * samples (8 bytes each). Thread-safe as its windows are.
 */
public final class PointTrend {

    private final Trend.Settings shutdown;
    private final Trend.Settings operating;
    private final TrendWindow recent;
    private final TrendWindow longer;

    public PointTrend(Trend.Settings shutdown, Trend.Settings operating, int capacity) {
        this.shutdown = shutdown;
        this.operating = operating;
        this.recent = new TrendWindow(shutdown.window(), capacity);
        this.longer = new TrendWindow(operating.window(), capacity);
    }

    /** A usable reading, in time order (older than the last one kept: ignored). */
    public void add(Instant at, double value) {
        recent.add(at, value);
        longer.add(at, value);
    }

    /** A reading for the long window only: its refill after a restart, before the short window's readings. */
    public void addLonger(Instant at, double value) {
        longer.add(at, value);
    }

    /**
     * The prediction of the point at {@code now}: a shutdown limit's crossing where there is one, else the operating
     * limit's.
     */
    public Optional<Prediction> predict(Trend.Limits limits, Instant now) {
        return predict(() -> limits, now);
    }

    /**
     * As {@link #predict(Trend.Limits, Instant)}, the limits asked only of a window whose readings agree enough on a
     * way ({@link TrendWindow#predict}): a point inside its band with noise is answered without them.
     */
    public Optional<Prediction> predict(Supplier<Trend.Limits> limits, Instant now) {
        Optional<Prediction> toShutdown = recent.predict(limits, now, shutdown, false);
        return toShutdown.isPresent() ? toShutdown : longer.predict(limits, now, operating, true);
    }
}
