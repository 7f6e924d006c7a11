package org.hazwatch.platform.quality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hazwatch.platform.filing.FilingView;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.filing.rules.FiledPeriod;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.quality.QualityDayStore.StoredDay;
import org.hazwatch.platform.quality.rules.Completeness;
import org.hazwatch.platform.quality.rules.DayFigures;
import org.hazwatch.platform.quality.rules.Grade;
import org.hazwatch.platform.quality.rules.Means;
import org.hazwatch.platform.quality.rules.PointDay;
import org.hazwatch.platform.quality.rules.PointDays;
import org.hazwatch.platform.quality.rules.PointHour;
import org.hazwatch.platform.quality.rules.Rates;
import org.hazwatch.platform.quality.rules.Reason;
import org.hazwatch.platform.quality.rules.Span;
import org.hazwatch.platform.quality.rules.VideoDay;
import org.hazwatch.platform.quality.rules.Weights;
import org.hazwatch.platform.registry.EnterprisePoints;
import org.hazwatch.platform.registry.EnterpriseRegistration;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.telemetry.TelemetrySettings;
import org.hazwatch.platform.video.CameraPresence;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data quality (数据质量, SPEC §9), the feature's entry class: computes an enterprise's day from the readings, the
 * filings, the cameras' presence and the base data, stores the days the job computes, and answers the pages and
 * the API within the actor's jurisdiction (another's enterprise or node is not found).
 */
@Service
@EntryClass
public class DataQuality {

    private final QualityReadings readings;
    private final QualityDayStore store;
    private final Registry registry;
    private final Filings filings;
    private final CameraPresence cameras;
    private final Jurisdictions jurisdictions;
    private final QualitySettings settings;
    private final Duration offlineAfter;
    private final ZoneId zone;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ForwardedQuality> forwarded;

    DataQuality(QualityReadings readings, QualityDayStore store, Registry registry, Filings filings,
                CameraPresence cameras, Jurisdictions jurisdictions, QualitySettings settings,
                TelemetrySettings telemetry, HazwatchProperties hazwatch, Clock clock,
                ApplicationEventPublisher events, ObjectProvider<ForwardedQuality> forwarded) {
        this.events = events;
        this.forwarded = forwarded;
        this.readings = readings;
        this.store = store;
        this.registry = registry;
        this.filings = filings;
        this.cameras = cameras;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.offlineAfter = telemetry.pointOfflineAfter();
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The job: computes and stores the day for every enterprise with points, in bulk; answers how many. */
    @Transactional
    public int computeAndStore(LocalDate day) {
        List<StoredDay> days = compute(registry.enterprisePoints(JurisdictionScope.everything()), day, null);
        days.forEach(this::save);
        return days.size();
    }

    /** The newest day the job stored. */
    public java.util.Optional<LocalDate> lastStoredDay() {
        return store.lastDay();
    }

    private void save(StoredDay day) {
        store.save(day);
        events.publishEvent(new QualityDayStored(EnterpriseCode.of(day.quality().enterpriseCode()),
                day.quality().day(), day.jurisdictionPath(), clock.instant()));
    }

    /**
     * One enterprise's day: as the city forwarded it (a city's enterprise), as stored, else computed now (today so
     * far, or a day not stored).
     */
    public EnterpriseQualityView enterprise(Actor actor, String enterpriseCode, LocalDate day) {
        EnterprisePoints enterprise = visible(actor, enterpriseCode);
        requireNotFuture(day);
        ForwardedQuality cascade = forwarded.getIfAvailable();
        Optional<EnterpriseQualityView> fromCity = cascade == null ? Optional.empty()
                : cascade.day(enterpriseCode, day);
        if (fromCity.isPresent()) {
            return fromCity.get();
        }
        StoredDay stored = day.isBefore(today()) ? store.find(enterpriseCode, day).orElse(null) : null;
        boolean wasStored = stored != null;
        if (stored == null) {
            stored = compute(List.of(enterprise), day, enterpriseCode).get(0);
        }
        return view(enterprise.name(), stored, wasStored);
    }

    /** A jurisdiction's day (null: all the actor sees): the stored days of its enterprises (today: computed now), their mean and ranking. */
    public JurisdictionQualityView jurisdiction(Actor actor, String jurisdictionCode, LocalDate day) {
        Jurisdiction node = jurisdictionCode == null ? null : jurisdictions.visible(actor, jurisdictionCode);
        requireNotFuture(day);
        JurisdictionScope scope = jurisdictions.scope(actor, jurisdictionCode);
        List<EnterprisePoints> enterprises = registry.enterprisePoints(scope);
        Map<String, String> names = enterprises.stream()
                .collect(Collectors.toMap(EnterprisePoints::code, EnterprisePoints::name, (a, b) -> a));
        List<EnterpriseDayQuality> days = withForwarded(scope, day, day.isBefore(today())
                ? store.days(scope, day, day) : compute(enterprises, day, null).stream().map(StoredDay::quality).toList());
        List<EnterpriseDayQuality> ranked = days.stream().filter(d -> names.containsKey(d.enterpriseCode()))
                .sorted(Comparator.comparingDouble(EnterpriseDayQuality::score).reversed()
                        .thenComparing(EnterpriseDayQuality::enterpriseCode)).toList();
        Means mean = Means.of(ranked.stream().map(d -> new Means.Scored(rates(d), d.score())).toList());
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            grades.put(g.name(), (int) ranked.stream().filter(d -> d.grade().equals(g.name())).count());
        }
        List<JurisdictionQualityView.Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            EnterpriseDayQuality d = ranked.get(i);
            ranking.add(new JurisdictionQualityView.Ranked(i + 1, d.enterpriseCode(), names.get(d.enterpriseCode()),
                    d.accessRate(), d.onlineRate(), d.timeliness(), d.validity(), d.videoOnlineRate(),
                    d.completeness(), d.score(), d.grade()));
        }
        Rates r = mean.rates();
        return new JurisdictionQualityView(node == null ? null : node.code(), node == null ? "全部辖区" : node.name(), day, r.access(), r.online(), r.timeliness(),
                r.validity(), r.video(), r.completeness(), mean.score(),
                mean.grade() == null ? null : mean.grade().name(), ranked.size(), grades, ranking);
    }

    /** The days with a city's forwarded figures in place of this platform's for the same enterprise. */
    private List<EnterpriseDayQuality> withForwarded(JurisdictionScope scope, LocalDate day,
                                                     List<EnterpriseDayQuality> own) {
        ForwardedQuality cascade = forwarded.getIfAvailable();
        if (cascade == null) {
            return own;
        }
        Map<String, EnterpriseDayQuality> byEnterprise = new LinkedHashMap<>();
        own.forEach(d -> byEnterprise.put(d.enterpriseCode(), d));
        cascade.days(scope, day).forEach(d -> byEnterprise.put(d.enterpriseCode(), d));
        return List.copyOf(byEnterprise.values());
    }

    /** The jurisdiction's mean score per day, {@code days} days up to yesterday, from the stored days. */
    public List<JurisdictionQualityView.TrendDay> trend(Actor actor, String jurisdictionCode, int days) {
        JurisdictionScope scope = jurisdictions.scope(actor, jurisdictionCode);
        LocalDate to = today().minusDays(1);
        LocalDate from = to.minusDays(days - 1L);
        Map<LocalDate, List<Means.Scored>> byDay = new HashMap<>();
        for (EnterpriseDayQuality d : store.days(scope, from, to)) {
            byDay.computeIfAbsent(d.day(), k -> new ArrayList<>()).add(new Means.Scored(rates(d), d.score()));
        }
        List<JurisdictionQualityView.TrendDay> trend = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Means m = Means.of(byDay.getOrDefault(d, List.of()));
            trend.add(new JurisdictionQualityView.TrendDay(d, m.score(), m.grade() == null ? null : m.grade().name()));
        }
        return trend;
    }

    /**
     * Stores a day of an enterprise from point figures gathered elsewhere (the demo's seeded history), through the
     * same rules as the job: completeness from the base data, the rates, score and grade.
     */
    @Transactional
    public EnterpriseDayQuality record(String enterpriseCode, LocalDate day, List<PointDay> points,
                                       Double videoOnlineRate) {
        String path = registry.jurisdictionPathOf(enterpriseCode)
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseCode));
        Completeness completeness = completeness(enterpriseCode);
        DayFigures figures = DayFigures.of(points, videoOnlineRate, completeness.rate(), settings.weighting());
        Rates r = figures.rates();
        EnterpriseDayQuality quality = new EnterpriseDayQuality(enterpriseCode, day, r.access(), r.online(),
                r.timeliness(), r.validity(), r.video(), r.completeness(), figures.score(), figures.grade().name());
        save(new StoredDay(quality, path, figures.points(), completeness.missing()));
        return quality;
    }

    /** Points registered in the scope of which no reading was ever stored (应接尽接), by enterprise and code. */
    public List<NeverConnectedPoint> neverConnected(Actor actor, String jurisdictionCode) {
        List<EnterprisePoints> enterprises = registry.enterprisePoints(jurisdictions.scope(actor, jurisdictionCode));
        List<String> all = enterprises.stream().flatMap(e -> e.pointCodes().stream()).toList();
        Set<String> connected = readings.everConnected(all, clock.instant().plusSeconds(1));
        List<NeverConnectedPoint> never = new ArrayList<>();
        for (EnterprisePoints e : enterprises.stream().sorted(Comparator.comparing(EnterprisePoints::code)).toList()) {
            for (String code : e.pointCodes().stream().sorted().toList()) {
                if (!connected.contains(code)) {
                    PointDefinition p = registry.point(code).orElse(null);
                    never.add(new NeverConnectedPoint(e.code(), e.name(), code, p == null ? "" : p.name(),
                            p == null ? "" : p.kind().name(), p == null ? "" : p.unit()));
                }
            }
        }
        return never;
    }

    private List<StoredDay> compute(List<EnterprisePoints> enterprises, LocalDate day, String onlyEnterprise) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        Span window = new Span(start, end.isAfter(now) ? (now.isAfter(start) ? now : start) : end);
        Map<String, List<PointHour>> hours = new HashMap<>();
        readings.hours(window, onlyEnterprise, zone, settings.lateAfter(), settings.flatlineAfter(), offlineAfter,
                h -> hours.computeIfAbsent(enterpriseOf(h.pointCode()), k -> new ArrayList<>()).add(h));
        Map<String, List<FilingView>> filed = filings.overlapping(window.from(), window.until()).stream()
                .collect(Collectors.groupingBy(FilingView::enterpriseCode));
        Set<String> heard = new HashSet<>();
        hours.values().forEach(list -> list.forEach(h -> heard.add(h.pointCode())));
        List<String> silent = enterprises.stream().flatMap(e -> e.pointCodes().stream())
                .filter(p -> !heard.contains(p)).toList();
        Set<String> everConnected = readings.everConnected(silent, window.from());
        Weights weights = settings.weighting();
        List<StoredDay> days = new ArrayList<>();
        for (EnterprisePoints e : enterprises) {
            if (e.pointCodes().isEmpty() && onlyEnterprise == null) {
                continue;
            }
            List<FilingView> own = filed.getOrDefault(e.code(), List.of());
            List<FiledPeriod> periods = own.stream().filter(f -> f.scope() != FilingScope.CAMERAS)
                    .map(f -> new FiledPeriod(f.enterpriseCode(), Set.copyOf(f.pointCodes()), f.from(), f.until()))
                    .toList();
            List<PointDay> points = PointDays.fold(e.pointCodes().stream().sorted().toList(),
                    hours.getOrDefault(e.code(), List.of()), periods, window, everConnected);
            Completeness completeness = completeness(e.code());
            DayFigures figures = DayFigures.of(points, video(e.code(), window, own), completeness.rate(), weights);
            Rates r = figures.rates();
            days.add(new StoredDay(new EnterpriseDayQuality(e.code(), day, r.access(), r.online(), r.timeliness(),
                    r.validity(), r.video(), r.completeness(), figures.score(), figures.grade().name()),
                    e.jurisdictionPath(), figures.points(), completeness.missing()));
        }
        return days;
    }

    private Double video(String enterpriseCode, Span window, List<FilingView> own) {
        List<Span> wholeFiled = own.stream().filter(f -> f.scope() == FilingScope.ENTERPRISE)
                .map(f -> new Span(f.from(), f.until())).toList();
        List<Span> open = window.minus(wholeFiled);
        Map<String, Double> online = new HashMap<>();
        Map<String, Double> expected = new HashMap<>();
        if (open.isEmpty()) {
            return null;
        }
        for (Span span : open) {
            cameras.onlineTime(enterpriseCode, span.from(), span.until()).forEach((camera, time) -> {
                online.merge(camera, time.toSeconds() / 60.0, Double::sum);
                List<Span> cameraFiled = own.stream().filter(f -> f.scope() == FilingScope.CAMERAS
                        && f.targets().contains(camera)).map(f -> new Span(f.from(), f.until())).toList();
                expected.merge(camera, Span.total(span.minus(cameraFiled)).toSeconds() / 60.0, Double::sum);
            });
        }
        return VideoDay.rate(online, expected);
    }

    private Completeness completeness(String enterpriseCode) {
        EnterpriseRegistration registration = registry.registration(enterpriseCode).orElseThrow();
        return Completeness.of(registration.enterprise(), registry.contacts(enterpriseCode).orElse(null),
                registration.hazardSources(), registry.custodyPersons(enterpriseCode), registration.points());
    }

    private EnterpriseQualityView view(String name, StoredDay day, boolean stored) {
        EnterpriseDayQuality q = day.quality();
        Weights weights = settings.weighting();
        List<PointQualityView> points = day.points().stream()
                .sorted(PointDay.worstFirst(weights))
                .map(p -> pointView(p, weights)).toList();
        return new EnterpriseQualityView(q.enterpriseCode(), name, q.day(), stored, q.accessRate(), q.onlineRate(),
                q.timeliness(), q.validity(), q.videoOnlineRate(), q.completeness(), q.score(), q.grade(),
                day.missingFields(), points, null);
    }

    private PointQualityView pointView(PointDay p, Weights weights) {
        PointDefinition definition = registry.point(p.pointCode()).orElse(null);
        List<Reason> reasons = p.reasons();
        double offlineHours = Math.round(p.offlineMinutes() / 6.0) / 10.0;
        String summary = reasons.stream().map(r -> switch (r) {
            case OFFLINE -> p.offlineMinutes() < 60 ? "离线 " + Math.round(p.offlineMinutes()) + " 分钟"
                    : "离线 " + offlineHours + " 小时";
            case LATE -> "延迟 " + p.late() + " 条";
            case INVALID -> "无效 " + p.invalid() + " 条";
            case FLATLINED -> "数据不变 " + p.flatlined() + " 条";
            default -> r.label();
        }).collect(Collectors.joining("，"));
        return new PointQualityView(p.pointCode(), definition == null ? "" : definition.name(), p.counted(),
                p.everConnected(), p.received(), p.late(), p.usable(), p.invalid(), p.flatlined(), p.onlineMinutes(),
                p.expectedMinutes(), offlineHours, p.onlineRate(), p.timeliness(), p.validity(),
                DayFigures.round(p.score(weights)), reasons.stream().map(Reason::name).toList(),
                p.counted() ? summary : "已报备");
    }

    private static Rates rates(EnterpriseDayQuality d) {
        return new Rates(d.accessRate(), d.onlineRate(), d.timeliness(), d.validity(), d.videoOnlineRate(),
                d.completeness());
    }

    private EnterprisePoints visible(Actor actor, String enterpriseCode) {
        String path = registry.jurisdictionPathOf(enterpriseCode).orElse(null);
        if (path == null || !actor.sees(enterpriseCode, path)) {
            throw new NotFoundException("enterprise", enterpriseCode);
        }
        return registry.enterprisePoints(JurisdictionScope.everything().ofEnterprise(enterpriseCode)).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("enterprise", enterpriseCode));
    }

    private void requireNotFuture(LocalDate day) {
        if (day.isAfter(today())) {
            throw InvalidInputException.of("day", "a day not yet begun has no data quality");
        }
    }

    private static String enterpriseOf(String pointCode) {
        return pointCode.substring(0, org.hazwatch.protocol.Codes.ENTERPRISE_LENGTH);
    }
}
