package org.hazwatch.platform.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.hazwatch.platform.alarm.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * {@link TrendWindow#predict} answers on the ring's own arrays and fits only a window that can agree on a way still
 * open (issue 17); it must answer exactly what the prediction did before — every sample built and fitted — on any
 * window: trends, noise, ties of values and of times, spikes, stale or future samples, few samples, NaN, missing
 * limits, odd settings. The old path is kept here as {@link Reference}, copied from Trend as it was.
 */
class TrendWindowPredictionTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void answersWhatTheFitOfEverySampleAnsweredOnRandomAndAdversarialWindows() {
        SplittableRandom seeds = new SplittableRandom(20261206);
        int predicted = 0;
        int cases = 30_000;
        for (int c = 0; c < cases; c++) {
            long seed = seeds.nextLong();
            Case k = Case.draw(new SplittableRandom(seed));
            AtomicInteger asked = new AtomicInteger();
            Optional<Prediction> fast = k.window.predict(() -> {
                asked.incrementAndGet();
                return k.limits;
            }, k.now, k.settings, k.operating);
            Optional<Prediction> old = Reference.crossing(k.limits, k.window.samples(), k.now, k.settings,
                    k.operating);
            assertThat(fast).as("case %d (seed %d): %s", c, seed, k).isEqualTo(old);
            assertThat(asked.get()).isLessThanOrEqualTo(1);
            predicted += old.isPresent() ? 1 : 0;
        }
        assertThat(predicted).as("cases with a prediction: the draw reaches the fit").isGreaterThan(cases / 100);
    }

    @Test
    void aNoisyPointInsideItsBandIsAnsweredWithoutItsLimits() {
        TrendWindow window = new TrendWindow(Duration.ofMinutes(15), 60);
        SplittableRandom random = new SplittableRandom(3);
        for (int s = 0; s < 900; s += 10) {
            window.add(T0.plusSeconds(s), 25 + random.nextDouble() * 50);
        }
        assertThat(window.predict(() -> {
            throw new AssertionError("limits asked");
        }, T0.plusSeconds(900), Trend.Settings.defaults(), false)).isEmpty();
    }

    @Test
    void aRampBeyondHIsStillPredicted() {
        TrendWindow window = new TrendWindow(Duration.ofMinutes(15), 60);
        for (int s = 0; s < 900; s += 10) {
            window.add(T0.plusSeconds(s), 86 + s / 120.0);
        }
        Trend.Limits limits = new Trend.Limits("P", "压力", "kPa", null, null, 85.0, 95.0);
        Prediction p = window.predict(() -> limits, T0.plusSeconds(900), Trend.Settings.defaults(), false)
                .orElseThrow();
        assertThat(p.target()).isEqualTo(Severity.HH);
        assertThat(p).isEqualTo(Reference.crossing(limits, window.samples(), T0.plusSeconds(900),
                Trend.Settings.defaults(), false).orElseThrow());
    }

    /** One window, its limits, the settings and the time asked. */
    record Case(TrendWindow window, Trend.Limits limits, Trend.Settings settings, boolean operating, Instant now,
                String shape) {

        static Case draw(SplittableRandom r) {
            Trend.Settings settings = switch (r.nextInt(4)) {
                case 0 -> Trend.Settings.defaults();
                case 1 -> Trend.Settings.operatingDefaults();
                default -> new Trend.Settings(Duration.ofSeconds(30 + r.nextInt(3600)), 1 + r.nextInt(10),
                        Duration.ofSeconds(r.nextInt(600)), new double[] {0.0, 0.5, 0.7, 0.8, 1.0, 0.3}[r.nextInt(6)],
                        Duration.ofMinutes(r.nextInt(90)), Duration.ofSeconds(r.nextInt(900)));
            };
            // a capacity over the window's milliseconds keeps samples of the same millisecond (ties of time)
            int capacity = new int[] {1, 3, 6, 60, 200, 5_000_000}[r.nextInt(6)];
            TrendWindow window = new TrendWindow(settings.window(), capacity);
            int n = r.nextInt(100);
            long stepMillis = new long[] {0, 1, 250, 5_000, 10_000, 60_000}[r.nextInt(6)] + r.nextInt(3);
            String shape = new String[] {"ramp", "noise", "flat", "spikes", "steps", "noisyRamp", "nan"}[r.nextInt(7)];
            double base = (r.nextDouble() - 0.5) * 200;
            double slope = (r.nextDouble() - 0.5) * (r.nextBoolean() ? 4 : 0.02);
            double noise = r.nextDouble() * (r.nextBoolean() ? 1 : 20);
            long t = T0.toEpochMilli() + r.nextInt(1000);
            double last = base;
            for (int i = 0; i < n; i++) {
                t += r.nextInt(4) == 0 ? r.nextLong(0, 2 * stepMillis + 2) : stepMillis;
                double minutes = (t - T0.toEpochMilli()) / 60_000.0;
                double v = switch (shape) {
                    case "ramp" -> base + slope * minutes;
                    case "noise" -> base + noise * r.nextGaussian();
                    case "flat" -> base;
                    case "spikes" -> base + slope * minutes + (r.nextInt(8) == 0 ? 500 * r.nextGaussian() : 0);
                    case "steps" -> Math.floor((base + slope * minutes) / 5) * 5;
                    case "nan" -> r.nextInt(10) == 0 ? (r.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY)
                            : base + slope * minutes;
                    default -> base + slope * minutes + noise * 0.1 * r.nextGaussian();
                };
                window.add(Instant.ofEpochMilli(t), v);
                last = v;
            }
            // mostly just after the last sample; else before it (later samples are left out) or long after
            Instant now = Instant.ofEpochMilli(t).plusNanos(r.nextInt(3) > 0 ? r.nextLong(0, 10_000_000_000L)
                    : r.nextLong(-120_000_000_000L, 900_000_000_000L));
            double scale = Double.isFinite(last) ? Math.max(1, Math.abs(slope) * 60) : 10;
            double at = Double.isFinite(last) ? last : base;
            Double[] l = new Double[4];
            for (int i = 0; i < 4; i++) {
                // LL, L below (or above) the last value, H, HH above (or below); each missing now and then
                double side = i < 2 ? -1 : 1;
                double offset = r.nextInt(5) == 0 ? -r.nextDouble() * scale : r.nextDouble() * scale * (i % 2 == 0
                        ? 2 : 1);
                l[i] = r.nextInt(4) == 0 ? null : r.nextInt(12) == 0 ? (double) (float) at : at + side * offset;
            }
            return new Case(window, new Trend.Limits("P", "压力", "kPa", l[0], l[1], l[2], l[3]), settings,
                    r.nextBoolean(), now, shape);
        }

        @Override
        public String toString() {
            return shape + " " + window.samples().size() + " samples, " + limits + ", " + settings + ", operating "
                    + operating + ", now " + now;
        }
    }

    /** The prediction as it was before issue 17: every sample in the window fitted, then the checks. */
    static final class Reference {

        static Optional<Prediction> crossing(Trend.Limits point, List<Trend.Sample> samples, Instant now,
                                             Trend.Settings settings, boolean operating) {
            List<Trend.Sample> recent = samples.stream().filter(s -> !s.at().isBefore(now.minus(settings.window()))
                    && !s.at().isAfter(now)).toList();
            if (recent.size() < settings.minSamples()) {
                return Optional.empty();
            }
            Trend.Sample first = recent.get(0);
            Trend.Sample last = recent.get(recent.size() - 1);
            if (Duration.between(first.at(), last.at()).compareTo(settings.minSpan()) < 0
                    || Duration.between(last.at(), now).compareTo(settings.staleAfter()) > 0) {
                return Optional.empty();
            }
            Trend.Fit fit = fit(recent).orElse(null);
            if (fit == null || fit.agreement() < settings.agreement() || fit.slopePerMinute() == 0) {
                return Optional.empty();
            }
            boolean rising = fit.slopePerMinute() > 0;
            Double limit;
            Severity target;
            if (operating) {
                limit = rising ? point.h() : point.l();
                target = rising ? Severity.H : Severity.L;
            } else {
                limit = rising ? point.hh() : point.ll();
                target = rising ? Severity.HH : Severity.LL;
                Double from = rising ? point.h() : point.l();
                if (from != null && (rising ? last.value() < from : last.value() > from)) {
                    return Optional.empty();
                }
            }
            if (limit == null || (rising ? last.value() >= limit : last.value() <= limit)) {
                return Optional.empty();
            }
            double minutesFromLast = Math.max(0, (limit - fit.valueAt(last.at())) / fit.slopePerMinute());
            Duration toCrossing = Duration.ofMillis(Math.round(minutesFromLast * 60_000))
                    .minus(Duration.between(last.at(), now));
            if (toCrossing.isNegative()) {
                toCrossing = Duration.ZERO;
            }
            if (toCrossing.compareTo(settings.horizon()) > 0) {
                return Optional.empty();
            }
            return Optional.of(new Prediction(point.pointCode(), point.pointName(), point.unit(), rising, limit,
                    last.value(), fit.slopePerMinute(), toCrossing, target));
        }

        static Optional<Trend.Fit> fit(List<Trend.Sample> samples) {
            if (samples.size() < 2) {
                return Optional.empty();
            }
            Instant origin = samples.get(0).at();
            int n = samples.size();
            double[] slopes = new double[n * (n - 1) / 2];
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dt = Trend.minutes(samples.get(i).at(), samples.get(j).at());
                    if (dt != 0) {
                        slopes[k++] = (samples.get(j).value() - samples.get(i).value()) / dt;
                    }
                }
            }
            if (k == 0) {
                return Optional.empty();
            }
            double slope = median(Arrays.copyOf(slopes, k));
            int agreeing = 0;
            for (int i = 0; i < k; i++) {
                if (slope != 0 && Math.signum(slopes[i]) == Math.signum(slope)) {
                    agreeing++;
                }
            }
            double[] intercepts = new double[n];
            for (int i = 0; i < n; i++) {
                intercepts[i] = samples.get(i).value() - slope * Trend.minutes(origin, samples.get(i).at());
            }
            return Optional.of(new Trend.Fit(origin, slope, median(intercepts), agreeing / (double) k));
        }

        private static double median(double[] values) {
            Arrays.sort(values);
            int m = values.length / 2;
            return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
        }
    }
}
