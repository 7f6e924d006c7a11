package org.hazwatch.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.alarm.rules.AlarmLimits;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.telemetry.Series;
import org.hazwatch.platform.telemetry.Telemetry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data of a point's trend chart (趋势曲线): its series over the chosen range — the telemetry series picks raw
 * readings, minute or hour rollups to fit — with the limits the alarm engine applies to the point (registered or
 * its kind's defaults), which the chart draws as lines.
 */
@RestController
class EnterpriseTrendController {

    /** The ranges the picker offers. */
    static final Map<String, Duration> RANGES = Map.of("1h", Duration.ofHours(1), "6h", Duration.ofHours(6),
            "24h", Duration.ofDays(1), "7d", Duration.ofDays(7));
    private static final int BUCKETS = 360;

    record Trend(String pointCode, String name, String unit, String range, OffsetDateTime from, OffsetDateTime to,
                 Map<String, Double> limits, double rangeLow, double rangeHigh, String source, long bucketSeconds,
                 List<Series.Bucket> buckets) {
    }

    private final EnterpriseViews views;
    private final Registry registry;
    private final Telemetry telemetry;
    private final Alarms alarms;
    private final Clock clock;

    EnterpriseTrendController(EnterpriseViews views, Registry registry, Telemetry telemetry, Alarms alarms,
                              Clock clock) {
        this.views = views;
        this.registry = registry;
        this.telemetry = telemetry;
        this.alarms = alarms;
        this.clock = clock;
    }

    @GetMapping("/enterprises/{code}/points/{pointCode}/trend")
    Trend trend(Actor actor, @PathVariable String code, @PathVariable String pointCode,
                @RequestParam(defaultValue = "24h") String range) {
        views.enterprise(actor, code);
        PointDefinition point = registry.point(pointCode).filter(p -> code.equals(p.enterpriseCode()))
                .orElseThrow(() -> new NotFoundException("point", pointCode));
        Duration span = RANGES.get(range);
        if (span == null) {
            throw InvalidInputException.of("range", "1h, 6h, 24h or 7d");
        }
        Instant now = clock.instant();
        Series series = telemetry.series(actor, pointCode, now.minus(span), now, BUCKETS);
        AlarmLimits applied = alarms.limitsOf(pointCode);
        Map<String, Double> limits = new LinkedHashMap<>();
        for (Severity s : List.of(Severity.LL, Severity.L, Severity.H, Severity.HH)) {
            if (applied.of(s) != null) {
                limits.put(s.name(), applied.of(s));
            }
        }
        return new Trend(pointCode, point.name(), point.unit(), range, series.from(), series.to(), limits,
                point.rangeLow(), point.rangeHigh(), series.source(), series.bucketSeconds(), series.buckets());
    }
}
