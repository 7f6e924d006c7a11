package org.hazwatch.platform.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.telemetry.rules.SeriesPlan;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The telemetry feature's entry class (实时数据): reads of live state and series for the API and the web views,
 * scoped to what the actor sees: a point or enterprise outside the actor's jurisdiction is answered as not found.
 */
@Service
@EntryClass
public class Telemetry {


    private final PointDirectory directory;
    private final LiveReadings live;
    private final PresenceWatch presence;
    private final SeriesRepository series;
    private final OnlineHours onlineHours;
    private final ObjectProvider<ForwardedPoints> forwarded;
    private final ZoneId zone;
    private final Clock clock;

    Telemetry(PointDirectory directory, LiveReadings live, PresenceWatch presence, SeriesRepository series,
              OnlineHours onlineHours, ObjectProvider<ForwardedPoints> forwarded, HazwatchProperties hazwatch,
              Clock clock) {
        this.forwarded = forwarded;
        this.directory = directory;
        this.live = live;
        this.presence = presence;
        this.series = series;
        this.onlineHours = onlineHours;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    /**
     * The online rate of one day (in the platform's zone): hours with readings / (enterprises × hours of the day so
     * far).
     */
    public record OnlineDay(LocalDate day, double rate) {
    }

    /** Whether each enterprise (among those given) that the actor sees is online now (在线). */
    public Map<String, Boolean> online(Actor actor, Collection<String> enterpriseCodes) {
        Instant now = clock.instant();
        Map<String, Boolean> online = new LinkedHashMap<>();
        for (String code : enterpriseCodes) {
            String path = directory.jurisdictionPathOf(code).orElse(null);
            if (path != null && actor.sees(code, path)) {
                online.put(code, presence.enterpriseOnline(code, now));
            }
        }
        return online;
    }

    /**
     * The online rate per day from {@code from} to {@code to} inclusive (every day listed; a day before the first
     * reading counts 0): the share of (enterprise, hour) pairs, up to now, in which usable readings of the
     * enterprise arrived, from the hour rollups. Only the enterprises the actor sees count.
     */
    public List<OnlineDay> onlineRatePerDay(Actor actor, Collection<String> enterpriseCodes, LocalDate from,
                                            LocalDate to) {
        List<String> visible = enterpriseCodes.stream().filter(code -> directory.jurisdictionPathOf(code)
                .map(path -> actor.sees(code, path)).orElse(false)).toList();
        Instant now = clock.instant();
        Map<LocalDate, Integer> hours = onlineHours.perDay(visible, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(), zone);
        List<OnlineDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay(zone).toInstant();
            long elapsed = Math.min(24, Math.max(0, (Duration.between(start, now).toMinutes() + 59) / 60));
            double slots = (double) visible.size() * elapsed;
            days.add(new OnlineDay(day, slots == 0 ? 0 : Math.min(1, hours.getOrDefault(day, 0) / slots)));
        }
        return days;
    }

    /** For patrols (not scoped: callers check the actor): the enterprise's presence now. */
    public EnterprisePresence presence(String enterpriseCode) {
        return new EnterprisePresence(presence.enterpriseOnline(enterpriseCode, clock.instant()),
                live.gatewayLastHeard(enterpriseCode).orElse(null));
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
        boolean forwarded = byMinute(pointCode);
        try {
            plan = forwarded ? SeriesPlan.of(from, to, maxPoints).atLeastMinutes()
                    : SeriesPlan.of(from, to, maxPoints);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(e.getMessage().startsWith("maxPoints") ? "maxPoints" : "from",
                    e.getMessage());
        }
        List<Series.Bucket> buckets = series.buckets(pointCode, plan, !forwarded).stream()
                .map(b -> new Series.Bucket(shown(plan.from().plus(plan.bucket().multipliedBy(b.index()))),
                        b.min(), b.max(), b.avg(), b.count()))
                .toList();
        return new Series(pointCode, point.unit(), shown(plan.from()), shown(plan.to()),
                plan.bucket().toSeconds(), plan.source().name(), buckets);
    }

    /** Whether the point's values come here only as another platform's 1-minute rollups (source says MINUTE). */
    private boolean byMinute(String pointCode) {
        ForwardedPoints cascade = forwarded.getIfAvailable();
        return cascade != null && cascade.byMinute(pointCode);
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

    private OffsetDateTime shown(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
