package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hazwatch.platform.alarm.rules.Severity;

/**
 * A point's history run through the live trend classes (趋势预测回放): the readings go into a {@link PointTrend}
 * when their time comes, exactly as the live feed receives them, and the trend is asked at every assessment the
 * warning engine would have made ({@code every}, one minute by default). What it says is gathered into runs of
 * unbroken predictions towards one limit; every crossing of a limit in the history is matched with the run that
 * stood when it happened, so the lead time is the time from that run's first prediction to the crossing.
 */
public final class TrendReplay {

    /**
     * Unbroken predictions towards one limit, assessed from {@code from} to {@code to} (both assessments).
     *
     * @param soonest the shortest time to the crossing predicted in the run
     */
    public record Run(Severity target, double limit, Instant from, Instant to, int assessments, Duration soonest,
                      Prediction first) {
    }

    /**
     * A reading beyond a limit after one that was not (HH, H rising; LL, L falling).
     *
     * @param predictedFrom the first prediction of the run towards this limit standing at the last assessment
     *                      before the crossing, or null when none stood
     * @param lead          {@code at − predictedFrom}, or null
     */
    public record Crossing(Severity limit, double limitValue, Instant at, double value, Instant predictedFrom,
                           Duration lead) {

        public boolean predicted() {
            return predictedFrom != null;
        }
    }

    /** What the replay found, and how many assessments it made. */
    public record Result(List<Run> runs, List<Crossing> crossings, int assessments) {

        /** The first crossing of {@code limit}, if the history has one. */
        public java.util.Optional<Crossing> firstCrossing(Severity limit) {
            return crossings.stream().filter(c -> c.limit() == limit).findFirst();
        }
    }

    private final Trend.Limits limits;
    private final Instant from;
    private final Instant to;
    private final Duration every;
    private final PointTrend trend;
    private final List<Run> runs = new ArrayList<>();
    private final List<Crossing> crossings = new ArrayList<>();
    private Instant next;
    private RunBuilder open;
    private Trend.Sample previous;
    private int assessments;

    /**
     * A replay of {@code limits}' point assessing at {@code from}, {@code from + every}, … up to {@code to}, through
     * {@code trend} — fresh, with the settings the live feed has. Readings are {@link #offer}ed in time order (so a
     * long history can stream from the store); those before {@code from} fill the windows but are not assessed.
     */
    public TrendReplay(Trend.Limits limits, Instant from, Instant to, Duration every, PointTrend trend) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("assessments must be a positive time apart");
        }
        this.limits = limits;
        this.from = from;
        this.to = to;
        this.every = every;
        this.trend = trend;
        this.next = from;
    }

    /** The whole replay of {@code samples} (usable readings in time order). */
    public static Result replay(Trend.Limits limits, List<Trend.Sample> samples, Instant from, Instant to,
                                Duration every, Supplier<PointTrend> trend) {
        TrendReplay replay = new TrendReplay(limits, from, to, every, trend.get());
        samples.forEach(replay::offer);
        return replay.finish();
    }

    /**
     * The next usable reading, in time order: the assessments before its time are made first, as the live engine
     * would have made them without it.
     */
    public void offer(Trend.Sample reading) {
        if (reading.at().isAfter(to)) {
            return;
        }
        while (!next.isAfter(to) && next.isBefore(reading.at())) {
            assess();
        }
        if (previous != null && !reading.at().isBefore(from)) {
            crossed(limits, previous, reading, open, crossings);
        }
        trend.add(reading.at(), reading.value());
        previous = reading;
    }

    /** The assessments left up to {@code to}, and what the replay found. */
    public Result finish() {
        while (!next.isAfter(to)) {
            assess();
        }
        if (open != null) {
            runs.add(open.build());
            open = null;
        }
        return new Result(List.copyOf(runs), List.copyOf(crossings), assessments);
    }

    private void assess() {
        Prediction p = trend.predict(limits, next).orElse(null);
        assessments++;
        if (open != null && (p == null || p.target() != open.target)) {
            runs.add(open.build());
            open = null;
        }
        if (p != null) {
            if (open == null) {
                open = new RunBuilder(p, next);
            }
            open.extend(p, next);
        }
        next = next.plus(every);
    }

    private static void crossed(Trend.Limits limits, Trend.Sample before, Trend.Sample reading, RunBuilder open,
                                List<Crossing> crossings) {
        check(Severity.H, limits.h(), true, before, reading, open, crossings);
        check(Severity.HH, limits.hh(), true, before, reading, open, crossings);
        check(Severity.L, limits.l(), false, before, reading, open, crossings);
        check(Severity.LL, limits.ll(), false, before, reading, open, crossings);
    }

    private static void check(Severity limit, Double value, boolean high, Trend.Sample before, Trend.Sample reading,
                              RunBuilder open, List<Crossing> crossings) {
        if (value == null) {
            return;
        }
        boolean crossing = high ? before.value() < value && reading.value() >= value
                : before.value() > value && reading.value() <= value;
        if (!crossing) {
            return;
        }
        boolean predicted = open != null && open.target == limit;
        crossings.add(new Crossing(limit, value, reading.at(), reading.value(), predicted ? open.from : null,
                predicted ? Duration.between(open.from, reading.at()) : null));
    }

    private static final class RunBuilder {
        private final Severity target;
        private final Prediction first;
        private final Instant from;
        private Instant to;
        private int count;
        private Duration soonest;

        RunBuilder(Prediction first, Instant from) {
            this.target = first.target();
            this.first = first;
            this.from = from;
        }

        void extend(Prediction p, Instant now) {
            to = now;
            count++;
            soonest = soonest == null || p.toCrossing().compareTo(soonest) < 0 ? p.toCrossing() : soonest;
        }

        Run build() {
            return new Run(target, first.limit(), from, to, count, soonest, first);
        }
    }
}
