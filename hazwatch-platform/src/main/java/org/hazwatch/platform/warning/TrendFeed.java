package org.hazwatch.platform.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.alarm.rules.AlarmLimits;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.RegistryChanged;
import org.hazwatch.platform.telemetry.CommittedReadings;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingsCommitted;
import org.hazwatch.platform.warning.rules.PointTrend;
import org.hazwatch.platform.warning.rules.Prediction;
import org.hazwatch.platform.warning.rules.Trend;
import org.hazwatch.protocol.PointCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the predictive factor: the recent usable readings of every point with an HH or LL limit (as the alarm
 * engine applies them: registered or its kind's defaults), in two bounded windows per point ({@link PointTrend}: the
 * last 15 minutes for HH/LL, the last 2 hours for H/L); other points are not kept. Runs on the reading writer's
 * thread, so it only looks up and appends. {@link PredictionReplay} runs a point's history through the same class.
 */
@Component
class TrendFeed {

    private final WarningSettings settings;
    /** Every point's windows share them: built anew per point they took 272 bytes of it (issue 17). */
    private final Trend.Settings shutdown;
    private final Trend.Settings operating;
    private final Alarms alarms;
    private final Map<String, PointTrend> windows = new ConcurrentHashMap<>();
    /** Points found without an HH or LL limit: asked again only after the registry changes (a look-up per reading
     * parses the point's code, which cost the ingest path a tenth of its rate when most points have no such limit). */
    private final Set<String> untracked = ConcurrentHashMap.newKeySet();

    TrendFeed(WarningSettings settings, Alarms alarms) {
        this.settings = settings;
        this.shutdown = settings.trendSettings();
        this.operating = settings.operatingTrendSettings();
        this.alarms = alarms;
    }

    @EventListener
    void committed(ReadingsCommitted group) {
        for (NewReading r : group.readings()) {
            if (r.quality().usable()) {
                window(r.pointCode()).ifPresent(w -> w.add(r.time(), r.value()));
            }
        }
    }

    /** Limits may have come or gone: after the read model has let go of the old registration. */
    @TransactionalEventListener(fallbackExecution = true)
    void registryChanged(RegistryChanged change) {
        untracked.clear();
    }

    /**
     * After a restart: the long windows from one reading in each of their spacings over the last 2 hours, then the
     * readings received within the short window, from the log, as they were committed (reading every reading of 2
     * hours would ship eight times the rows of the 15 minutes the short window needs).
     */
    void restore(CommittedReadings log, Instant now) {
        log.sparseAfter(now.minus(operating.window()), operating.window().dividedBy(settings.trend().capacity()),
                r -> window(r.pointCode()).ifPresent(w -> w.addLonger(r.time(), r.value())));
        log.replayAfter(now.minus(shutdown.window()), this::committed);
    }

    /** The longer of the two windows: how much history a replay reads before its first assessment. */
    static Duration longest(WarningSettings settings) {
        Duration shutdown = settings.trendSettings().window();
        Duration operating = settings.operatingTrendSettings().window();
        return shutdown.compareTo(operating) >= 0 ? shutdown : operating;
    }

    /**
     * The predictions of the points with a window among {@code of}; a point's limits are looked up only when its
     * readings agree on a way (issue 17: a province's pass asks every point, and almost none does).
     */
    List<Prediction> predictions(List<PointDefinition> of, Instant now) {
        List<Prediction> predictions = new ArrayList<>();
        for (PointDefinition p : of) {
            PointTrend window = windows.get(p.code());
            if (window != null) {
                window.predict(() -> limits(p), now).ifPresent(predictions::add);
            }
        }
        return predictions;
    }

    Trend.Limits limits(PointDefinition p) {
        AlarmLimits applied = alarms.limitsOf(p.code());
        return new Trend.Limits(p.code(), p.name(), p.unit(), applied.ll(), applied.l(), applied.h(), applied.hh());
    }

    /** A new pair of windows under the live settings. */
    static PointTrend newTrend(WarningSettings settings) {
        return new PointTrend(settings.trendSettings(), settings.operatingTrendSettings(),
                settings.trend().capacity());
    }

    private Optional<PointTrend> window(String pointCode) {
        PointTrend window = windows.get(pointCode);
        if (window != null) {
            return Optional.of(window);
        }
        if (untracked.contains(pointCode)) {
            return Optional.empty();
        }
        AlarmLimits applied = alarms.limitsOf(pointCode);
        if (applied.hh() == null && applied.ll() == null) {
            untracked.add(pointCode);
            return Optional.empty();
        }
        return Optional.of(windows.computeIfAbsent(pointCode,
                k -> new PointTrend(shutdown, operating, settings.trend().capacity())));
    }
}
