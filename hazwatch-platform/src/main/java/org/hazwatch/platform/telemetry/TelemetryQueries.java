package org.hazwatch.platform.telemetry;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.telemetry.rules.SeriesPlan;
import org.springframework.stereotype.Service;

/**
 * Reads of live state and series for the API and the web views, scoped to what the actor sees: a point or
 * enterprise outside the actor's jurisdiction is answered as not found.
 */
@Service
public class TelemetryQueries {

    private static final ZoneId SHOWN_IN = ZoneId.of("Asia/Shanghai");

    private final PointDirectory directory;
    private final LiveReadings live;
    private final PresenceWatch presence;
    private final SeriesRepository series;
    private final Clock clock;

    TelemetryQueries(PointDirectory directory, LiveReadings live, PresenceWatch presence, SeriesRepository series,
                     Clock clock) {
        this.directory = directory;
        this.live = live;
        this.presence = presence;
        this.series = series;
        this.clock = clock;
    }

    public EnterpriseLive live(Actor actor, String enterpriseCode) {
        requireVisible(actor, enterpriseCode, "enterprise", enterpriseCode);
        Instant now = clock.instant();
        List<EnterpriseLive.PointLive> points = directory.pointsOf(enterpriseCode).stream()
                .sorted(Comparator.comparing(PointSpec::code))
                .map(point -> pointLive(point, now)).toList();
        return new EnterpriseLive(enterpriseCode, presence.enterpriseOnline(enterpriseCode, now),
                shown(live.gatewayLastHeard(enterpriseCode).orElse(null)), points);
    }

    public Series series(Actor actor, String pointCode, Instant from, Instant to, int maxPoints) {
        PointSpec point = directory.point(pointCode)
                .orElseThrow(() -> new NotFoundException("point", pointCode));
        requireVisible(actor, point.enterpriseCode(), "point", pointCode);
        SeriesPlan plan;
        try {
            plan = SeriesPlan.of(from, to, maxPoints);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(e.getMessage().startsWith("maxPoints") ? "maxPoints" : "from",
                    e.getMessage());
        }
        List<Series.Bucket> buckets = series.buckets(pointCode, plan).stream()
                .map(b -> new Series.Bucket(shown(plan.from().plus(plan.bucket().multipliedBy(b.index()))),
                        b.min(), b.max(), b.avg(), b.count()))
                .toList();
        return new Series(pointCode, point.unit(), shown(plan.from()), shown(plan.to()),
                plan.bucket().toSeconds(), plan.source().name(), buckets);
    }

    private EnterpriseLive.PointLive pointLive(PointSpec point, Instant now) {
        LatestReading latest = live.latest(point.code()).orElse(null);
        boolean online = presence.pointOnline(point.code(), now);
        return latest == null
                ? new EnterpriseLive.PointLive(point.code(), point.unit(), null, null, null, online, null)
                : new EnterpriseLive.PointLive(point.code(), point.unit(), latest.value(), shown(latest.time()),
                        latest.quality(), online, shown(latest.lastReceived()));
    }

    private void requireVisible(Actor actor, String enterpriseCode, String what, String code) {
        String path = directory.jurisdictionPathOf(enterpriseCode).orElse(null);
        if (path == null || !actor.sees(enterpriseCode, path)) {
            throw new NotFoundException(what, code);
        }
    }

    private static OffsetDateTime shown(Instant instant) {
        return instant == null ? null : instant.atZone(SHOWN_IN).toOffsetDateTime();
    }
}
