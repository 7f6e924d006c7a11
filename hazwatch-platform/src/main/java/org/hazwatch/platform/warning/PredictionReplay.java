package org.hazwatch.platform.warning;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.telemetry.ReadingHistory;
import org.hazwatch.platform.warning.rules.Trend;
import org.hazwatch.platform.warning.rules.TrendReplay;
import org.springframework.stereotype.Service;

/**
 * When would the trend prediction have fired (趋势预测回放): a point's stored readings run through the live trend
 * classes ({@link TrendReplay} over the same {@code PointTrend} the live feed keeps), with the live settings and the
 * limits the alarm engine applies now, assessed as often as the warning engine assesses. Scoped like every query: a
 * point the actor may not see is not found.
 */
@Service
public class PredictionReplay {

    /** The longest span replayed at once (a week of a 1 Hz point is 604,800 readings). */
    public static final Duration LONGEST = Duration.ofDays(7);

    private final Registry registry;
    private final ReadingHistory readings;
    private final TrendFeed feed;
    private final WarningSettings settings;
    private final ZoneId zone;

    PredictionReplay(Registry registry, ReadingHistory readings, TrendFeed feed, WarningSettings settings,
                     HazwatchProperties hazwatch) {
        this.registry = registry;
        this.readings = readings;
        this.feed = feed;
        this.settings = settings;
        this.zone = hazwatch.zone();
    }

    /** The replay of {@code pointCode}'s history from {@code from} to {@code to}. */
    public PredictionReplayView replay(Actor actor, String pointCode, Instant from, Instant to) {
        PointDefinition point = registry.point(pointCode)
                .filter(p -> registry.jurisdictionPathOf(p.enterpriseCode())
                        .map(path -> actor.sees(p.enterpriseCode(), path)).orElse(false))
                .orElseThrow(() -> new NotFoundException("point", pointCode));
        if (!from.isBefore(to)) {
            throw InvalidInputException.of("from", "must be before to");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw InvalidInputException.of("to", "at most " + LONGEST.toDays() + " days after from");
        }
        Trend.Limits limits = feed.limits(point);
        boolean tracked = limits.hh() != null || limits.ll() != null;
        int[] replayed = {0};
        TrendReplay replay = new TrendReplay(limits, from, to, settings.evaluateEvery(), TrendFeed.newTrend(settings));
        if (tracked) {
            readings.each(List.of(pointCode), from.minus(TrendFeed.longest(settings)), to, r -> {
                if (r.quality().usable()) {
                    replay.offer(new Trend.Sample(r.time(), r.value()));
                    replayed[0]++;
                }
            });
        }
        TrendReplay.Result result = tracked ? replay.finish() : new TrendReplay.Result(List.of(), List.of(), 0);
        return new PredictionReplayView(point.code(), point.name(), point.unit(), shown(from), shown(to),
                new PredictionReplayView.Limits(limits.ll(), limits.l(), limits.h(), limits.hh()), tracked,
                settings.evaluateEvery().toSeconds(), replayed[0], result.assessments(),
                result.runs().stream().map(this::run).toList(),
                result.crossings().stream().map(this::crossing).toList());
    }

    private PredictionReplayView.Run run(TrendReplay.Run run) {
        return new PredictionReplayView.Run(run.target().name(), run.target().label(), run.limit(), shown(run.from()),
                shown(run.to()), run.assessments(), minutes(run.soonest()), run.first().current(),
                run.first().slopePerMinute(), minutes(run.first().toCrossing()));
    }

    private PredictionReplayView.Crossing crossing(TrendReplay.Crossing c) {
        Severity limit = c.limit();
        return new PredictionReplayView.Crossing(limit.name(), limit.label(), c.limitValue(), shown(c.at()), c.value(),
                c.predicted(), c.predicted() ? shown(c.predictedFrom()) : null,
                c.predicted() ? minutes(c.lead()) : null);
    }

    private static double minutes(Duration d) {
        return Math.round(d.toMillis() / 6_000.0) / 10.0;
    }

    private OffsetDateTime shown(Instant at) {
        return at.atZone(zone).toOffsetDateTime();
    }
}
