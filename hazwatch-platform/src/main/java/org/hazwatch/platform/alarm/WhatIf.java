package org.hazwatch.platform.alarm;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.AlarmSystemHealth;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.alarm.rules.Replay;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.platform.telemetry.ReadingHistory;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.springframework.stereotype.Service;

/**
 * What-if (报警合理化): a point's stored history replayed through the alarm rules twice — with its settings as the
 * engine applies them now and with proposed limits, deadband and delays — to show side by side what would have been
 * raised, for how long, and how the alarm-system health figures would change. The replay is {@link Replay}: the
 * live engine's own {@code ConditionEngine} and {@code AlarmBoard}. Nothing is changed here; applying a proposal is
 * an edit of the point's base data.
 *
 * <p>Scoped: a point the actor does not see is not found. The window is at most {@link #MAX_SPAN}; readings of the
 * {@link #LOOK_BACK} before it build the conditions as they stood when it began.
 */
@Service
@EntryClass
public class WhatIf {

    /** The longest window replayed: a month of a 1 Hz point is 2.7 million readings, well under 2 s to replay. */
    public static final Duration MAX_SPAN = Duration.ofDays(31);
    /** Readings before the window taken to build the state at its start (as back-fill takes them). */
    public static final Duration LOOK_BACK = AlarmEngine.BACKFILL_LOOK_BACK;
    /** The longest delay a proposal may have. */
    public static final Duration MAX_DELAY = Duration.ofHours(1);
    /** The most activations listed per side (the count, durations and figures always take all of them). */
    public static final int MAX_LISTED = 2_000;

    /** Proposed limits (限值); null where a limit is not set. Limits are a set: the ones given are all there are. */
    public record Limits(Double ll, Double l, Double h, Double hh) {
    }

    /**
     * A proposal over a window. {@code limits}, {@code deadband} and the delays left null keep the point's current
     * ones.
     */
    public record Proposal(Instant from, Instant to, Limits limits, Double deadband, Long onDelaySeconds,
                           Long offDelaySeconds) {
    }

    /** A point's alarm settings as replayed. */
    public record Settings(Double ll, Double l, Double h, Double hh, double deadband, long onDelaySeconds,
                           long offDelaySeconds) {

        static Settings of(PointAlarmSettings s) {
            return new Settings(s.ll(), s.l(), s.h(), s.hh(), s.deadband(), s.onDelay().toSeconds(),
                    s.offDelay().toSeconds());
        }
    }

    /**
     * One activation of a limit alarm (报警发生) in the window.
     *
     * @param severity        the most urgent it reached
     * @param clearedAt       null when still active at the end of the window
     * @param durationSeconds its time inside the window
     */
    public record Episode(String pointCode, AlarmKind kind, String severity, OffsetDateTime raisedAt,
                          OffsetDateTime clearedAt, double durationSeconds, double peakValue) {
    }

    /**
     * The limit alarms of one side: {@code count} activations, {@code activeSeconds} their time in the window,
     * {@code shortestSeconds} the briefest that ended (null if none did), {@code chattering} how many alarms
     * chattered (more than 5 raise/clear transitions in 5 minutes, ISA-18.2 / EEMUA 191, as the health figures
     * count it), {@code episodes} the first {@link #MAX_LISTED} in raise order.
     */
    public record Side(Settings settings, List<Episode> episodes, boolean listTruncated, int count,
                       double activeSeconds, Double shortestSeconds, int chattering) {
    }

    /** The alarm-system health figures of the point's alarms (every kind) in the window, now and as proposed. */
    public record Health(AlarmSystemHealth.Figures current, AlarmSystemHealth.Figures proposed) {
    }

    /** @param readings the stored readings replayed (the look-back's included) */
    public record Result(String pointCode, OffsetDateTime from, OffsetDateTime to, long readings, Side current,
                         Side proposed, Health health) {
    }

    /** A proposed change of one point of a group; what is left null keeps the point's current setting. */
    public record Change(Limits limits, Double deadband, Long onDelaySeconds, Long offDelaySeconds) {
    }

    /** One point of a group: its limit alarms now and as proposed (at most {@link #LISTED_PER_POINT} listed). */
    public record PointResult(String pointCode, Side current, Side proposed) {
    }

    /** A group of points (a hazard source's, an enterprise's) replayed together; the figures are the group's. */
    public record GroupResult(OffsetDateTime from, OffsetDateTime to, long readings, List<PointResult> points,
                              Health health) {
    }

    /** The most points a group replays at once. */
    public static final int MAX_POINTS = 200;
    /** The activations listed per point of a group. */
    public static final int LISTED_PER_POINT = 100;

    private final AlarmPoints points;
    private final ReadingHistory history;
    private final Registry registry;
    private final ZoneId zone;

    WhatIf(AlarmPoints points, ReadingHistory history, Registry registry, HazwatchProperties hazwatch) {
        this.points = points;
        this.history = history;
        this.registry = registry;
        this.zone = hazwatch.zone();
    }

    /** The point's settings as the engine applies them now (defaults included), for a proposal to start from. */
    public Settings currentSettings(Actor actor, String pointCode) {
        return Settings.of(visible(actor, pointCode));
    }

    /** Replays the point's history now and as proposed. Bad input: {@link InvalidInputException}, nothing read. */
    public Result ofPoint(Actor actor, String pointCode, Proposal proposal) {
        PointAlarmSettings current = visible(actor, pointCode);
        PointAlarmSettings proposed = proposed(current, proposal);
        Instant from = proposal.from();
        Instant to = proposal.to();
        Replay now = new Replay(p -> p.equals(pointCode) ? current : null, from, to);
        Replay then = new Replay(p -> p.equals(pointCode) ? proposed : null, from, to);
        long readings = history.each(List.of(pointCode), from.minus(LOOK_BACK), to, r -> {
            var sample = Samples.of(r);
            now.take(sample);
            then.take(sample);
        });
        Replay.Outcome before = now.finish();
        Replay.Outcome after = then.finish();
        Health health = new Health(before.health(), after.health());
        return new Result(pointCode, shown(from), shown(to), readings,
                side(current, before, health.current(), pointCode, MAX_LISTED),
                side(proposed, after, health.proposed(), pointCode, MAX_LISTED), health);
    }

    /** The hazard source's registered points as a group ({@link #ofPoints}); one the actor does not see is 404. */
    public GroupResult ofHazardSource(Actor actor, String enterpriseCode, String hazardSourceCode, Instant from,
                                      Instant to, Map<String, Change> changes) {
        List<String> codes = registry.pointsOf(enterpriseCode).stream()
                .filter(p -> hazardSourceCode.equals(p.hazardSourceCode())).map(p -> p.code()).toList();
        if (codes.isEmpty()) {
            throw new NotFoundException("hazard source", hazardSourceCode);
        }
        return ofPoints(actor, codes, from, to, changes);
    }

    /** The enterprise's registered points as a group ({@link #ofPoints}). */
    public GroupResult ofEnterprise(Actor actor, String enterpriseCode, Instant from, Instant to,
                                    Map<String, Change> changes) {
        List<String> codes = registry.pointsOf(enterpriseCode).stream().map(p -> p.code()).toList();
        if (codes.isEmpty()) {
            throw new NotFoundException("enterprise", enterpriseCode);
        }
        return ofPoints(actor, codes, from, to, changes);
    }

    /**
     * Replays some points together, each with its change (points without one keep their settings), so the health
     * figures are the group's now and as proposed. Every point must be one the actor sees (else 404); at most
     * {@link #MAX_POINTS}; the problems of every change in one 400, fields prefixed {@code points.<code>.}.
     */
    public GroupResult ofPoints(Actor actor, List<String> pointCodes, Instant from, Instant to,
                                Map<String, Change> changes) {
        if (pointCodes.size() > MAX_POINTS) {
            throw InvalidInputException.of("points", "at most " + MAX_POINTS + " points at once");
        }
        Map<String, PointAlarmSettings> current = new LinkedHashMap<>();
        pointCodes.forEach(code -> current.put(code, visible(actor, code)));
        Map<String, PointAlarmSettings> proposed = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, PointAlarmSettings> e : current.entrySet()) {
            Change c = changes.getOrDefault(e.getKey(), new Change(null, null, null, null));
            try {
                proposed.put(e.getKey(), proposed(e.getValue(), new Proposal(from, to, c.limits(), c.deadband(),
                        c.onDelaySeconds(), c.offDelaySeconds())));
            } catch (InvalidInputException bad) {
                bad.problems().forEach(pr -> problems.add(pr.field().equals("from") || pr.field().equals("to") ? pr
                        : problem("points." + e.getKey() + "." + pr.field(), pr.reason())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().distinct().toList());
        }
        Replay now = new Replay(current::get, from, to);
        Replay then = new Replay(proposed::get, from, to);
        long readings = history.each(current.keySet(), from.minus(LOOK_BACK), to, r -> {
            var sample = Samples.of(r);
            now.take(sample);
            then.take(sample);
        });
        Replay.Outcome before = now.finish();
        Replay.Outcome after = then.finish();
        Health health = new Health(before.health(), after.health());
        List<PointResult> results = current.keySet().stream().map(code -> new PointResult(code,
                side(current.get(code), before, health.current(), code, LISTED_PER_POINT),
                side(proposed.get(code), after, health.proposed(), code, LISTED_PER_POINT))).toList();
        return new GroupResult(shown(from), shown(to), readings, results, health);
    }

    /** The settings a proposal makes of the current ones; every problem at once as one 400. */
    static PointAlarmSettings proposed(PointAlarmSettings current, Proposal p) {
        List<Problem> problems = new ArrayList<>();
        if (p.from() == null || p.to() == null) {
            problems.add(problem(p.from() == null ? "from" : "to", "a time with offset is required"));
        } else if (!p.from().isBefore(p.to())) {
            problems.add(problem("to", "must be after from"));
        } else if (Duration.between(p.from(), p.to()).compareTo(MAX_SPAN) > 0) {
            problems.add(problem("to", "the window is at most " + MAX_SPAN.toDays() + " days"));
        }
        Limits limits = p.limits() != null ? p.limits()
                : new Limits(current.ll(), current.l(), current.h(), current.hh());
        Map<String, Double> given = new LinkedHashMap<>();
        given.put("ll", limits.ll());
        given.put("l", limits.l());
        given.put("h", limits.h());
        given.put("hh", limits.hh());
        String lower = null;
        for (Map.Entry<String, Double> e : given.entrySet()) {
            Double v = e.getValue();
            if (v == null) {
                continue;
            }
            if (!Double.isFinite(v)) {
                problems.add(problem("limits." + e.getKey(), "must be a finite number"));
                continue;
            }
            if (lower != null && !(given.get(lower) < v)) {
                problems.add(problem("limits." + e.getKey(), "must be above limits." + lower
                        + " (LL < L < H < HH)"));
            }
            lower = e.getKey();
        }
        if (given.values().stream().allMatch(v -> v == null)) {
            problems.add(problem("limits", "at least one limit is required"));
        }
        double deadband = p.deadband() != null ? p.deadband() : current.deadband();
        if (!Double.isFinite(deadband) || deadband < 0) {
            problems.add(problem("deadband", "must be zero or more"));
        }
        Duration on = delay("onDelaySeconds", p.onDelaySeconds(), current.onDelay(), problems);
        Duration off = delay("offDelaySeconds", p.offDelaySeconds(), current.offDelay(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PointAlarmSettings(current.pointCode(), current.enterpriseCode(), limits.ll(), limits.l(),
                limits.h(), limits.hh(), deadband, on, off, current.ratePerMinute(), current.flatlineAfter());
    }

    private static Duration delay(String field, Long seconds, Duration current,
                                  List<Problem> problems) {
        if (seconds == null) {
            return current;
        }
        if (seconds < 0 || seconds > MAX_DELAY.toSeconds()) {
            problems.add(problem(field, "must be 0 to " + MAX_DELAY.toSeconds() + " seconds"));
            return current;
        }
        return Duration.ofSeconds(seconds);
    }

    private static Problem problem(String field, String reason) {
        return new Problem(field, reason);
    }

    private Side side(PointAlarmSettings settings, Replay.Outcome outcome, AlarmSystemHealth.Figures figures,
                      String pointCode, int cap) {
        List<Replay.Activation> limit = outcome.activations().stream()
                .filter(a -> a.key().kind() == AlarmKind.LIMIT_HIGH || a.key().kind() == AlarmKind.LIMIT_LOW)
                .filter(a -> pointCode.equals(a.key().subject()))
                .toList();
        double active = 0;
        Double shortest = null;
        List<Episode> listed = new ArrayList<>();
        for (Replay.Activation a : limit) {
            double seconds = a.activeSecondsWithin(outcome.from(), outcome.to());
            active += seconds;
            if (a.clearedAt() != null && !a.raisedAt().isBefore(outcome.from())) {
                double whole = Duration.between(a.raisedAt(), a.clearedAt()).toNanos() / 1e9;
                shortest = shortest == null ? whole : Math.min(shortest, whole);
            }
            if (listed.size() < cap) {
                listed.add(new Episode(a.key().subject(), a.key().kind(), a.severity().name(), shown(a.raisedAt()),
                        shown(a.clearedAt()), seconds, a.peakValue()));
            }
        }
        int chattering = (int) figures.chattering().stream()
                .filter(c -> c.equals(pointCode + " " + AlarmKind.LIMIT_HIGH)
                        || c.equals(pointCode + " " + AlarmKind.LIMIT_LOW))
                .count();
        return new Side(Settings.of(settings), List.copyOf(listed), limit.size() > listed.size(), limit.size(),
                active, shortest, chattering);
    }

    private PointAlarmSettings visible(Actor actor, String pointCode) {
        PointAlarmSettings settings = PointCode.parse(pointCode).map(PointCode::code).map(points::settings)
                .orElse(null);
        if (settings == null || !actor.sees(settings.enterpriseCode(),
                points.jurisdictionPathOf(EnterpriseCode.of(settings.enterpriseCode())))) {
            throw new NotFoundException("point", pointCode);
        }
        return settings;
    }

    private OffsetDateTime shown(Instant at) {
        return at == null ? null : at.atZone(zone).toOffsetDateTime();
    }
}
