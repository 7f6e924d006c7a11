package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hazwatch.platform.alarm.rules.Severity;

/**
 * The predictive factor (趋势预测): a robust straight line through a point's recent readings — the Theil–Sen
 * estimator, the median of the slopes between every pair of samples, which a few spikes cannot tilt (it tolerates up
 * to 29 % of outliers) — and the time until it reaches the point's HH (or LL) limit. It counts only from beyond the
 * operating limit (H, or L) where the point has one: inside its normal band a process swings up and down, and the
 * rising half of every swing would otherwise be read as heading for HH.
 *
 * <p>Inside the band a second, slower reading looks further ahead ({@link #predictOperating}): a line fitted over
 * hours, not minutes, that carries the value to the operating limit H (or L) within the hour. A swing of minutes
 * cannot hold such a line; a process drifting away from its set point (Tennessee Eastman's loss of A feed, IDV 6)
 * does. See docs/ALARMS.md, "Predictive warning on Tennessee Eastman".
 */
public final class Trend {

    /** One reading. */
    public record Sample(Instant at, double value) {
    }

    /**
     * When a trend means something.
     *
     * @param window     how far back readings are taken
     * @param minSamples fewer readings say nothing
     * @param minSpan    the readings must span at least this long
     * @param agreement  the share of pairwise slopes that must go the trend's way (1.0 = every pair), so that noise
     *                   around a flat line is not read as a trend
     * @param horizon    a crossing predicted further out does not count
     * @param staleAfter a point whose last reading is older predicts nothing
     */
    public record Settings(Duration window, int minSamples, Duration minSpan, double agreement, Duration horizon,
                           Duration staleAfter) {

        public static Settings defaults() {
            return new Settings(Duration.ofMinutes(15), 6, Duration.ofMinutes(2), 0.7, Duration.ofMinutes(30),
                    Duration.ofMinutes(5));
        }

        /**
         * The operating-limit reading ({@link #predictOperating}): two hours of readings spanning at least one, 80 %
         * of the pairwise slopes agreeing, the crossing within the hour; readings up to 20 minutes old still count
         * (a plant recorded every 10 minutes keeps its trend between readings). Measured on the Tennessee Eastman
         * recordings: fires 82 minutes before IDV 6 crosses 2895 kPa, never on the other 14 runs.
         */
        public static Settings operatingDefaults() {
            return new Settings(Duration.ofHours(2), 6, Duration.ofHours(1), 0.8, Duration.ofHours(1),
                    Duration.ofMinutes(20));
        }
    }

    /**
     * The Theil–Sen line: {@code value = intercept + slopePerMinute × minutes since origin}.
     *
     * @param agreement share of pairwise slopes with the sign of the median slope
     */
    public record Fit(Instant origin, double slopePerMinute, double intercept, double agreement) {

        public double valueAt(Instant at) {
            return intercept + slopePerMinute * minutes(origin, at);
        }
    }

    private Trend() {
    }

    /** The Theil–Sen fit of at least two samples of distinct times. */
    public static Optional<Fit> fit(List<Sample> samples) {
        if (samples.size() < 2) {
            return Optional.empty();
        }
        Instant origin = samples.get(0).at();
        int n = samples.size();
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dt = minutes(samples.get(i).at(), samples.get(j).at());
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
            intercepts[i] = samples.get(i).value() - slope * minutes(origin, samples.get(i).at());
        }
        return Optional.of(new Fit(origin, slope, median(intercepts), agreeing / (double) k));
    }

    /** A point's name, unit and limits (any of them null when it has none). */
    public record Limits(String pointCode, String pointName, String unit, Double ll, Double l, Double h, Double hh) {
    }

    /**
     * The predicted crossing of HH (rising) or LL (falling) by the trend of {@code samples} (time order), counted from
     * {@code now}; empty when the trend says nothing, goes the other way, is not yet beyond H (L), already beyond HH
     * (LL), or reaches it only after the horizon.
     */
    public static Optional<Prediction> predict(Limits point, List<Sample> samples, Instant now, Settings settings) {
        return crossing(point, samples, now, settings, false);
    }

    /**
     * The predicted crossing of the operating limit H (rising) or L (falling) from inside the normal band, by the
     * trend of {@code samples} (time order) under the slower {@link Settings#operatingDefaults()}; empty when the
     * point has no such limit on the trend's side, the value is already beyond it, or the trend says nothing within
     * the horizon.
     */
    public static Optional<Prediction> predictOperating(Limits point, List<Sample> samples, Instant now,
                                                        Settings settings) {
        return crossing(point, samples, now, settings, true);
    }

    /** {@link #ways}: the trend may rise to its limit. */
    static final int RISING = 1;
    /** {@link #ways}: the trend may fall to its limit. */
    static final int FALLING = 2;

    /**
     * Which ways a trend whose last value is {@code last} can still give a prediction ({@link #RISING}, {@link
     * #FALLING}, both or 0), before any fit: the checks of {@link #crossing} on the last value alone, for either
     * sign of the slope. For the shutdown limits a rise needs HH, the value not yet at HH and, where there is an H,
     * at H or beyond; a fall the same downwards. For the operating limits a rise needs H and the value below it, a
     * fall L and the value above it. A value inside its normal band can rise to no shutdown limit: 0, no fit needed.
     */
    static int ways(Limits point, double last, boolean operating) {
        boolean up;
        boolean down;
        if (operating) {
            up = point.h() != null && !(last >= point.h());
            down = point.l() != null && !(last <= point.l());
        } else {
            up = point.hh() != null && !(last >= point.hh()) && !(point.h() != null && last < point.h());
            down = point.ll() != null && !(last <= point.ll()) && !(point.l() != null && last > point.l());
        }
        return (up ? RISING : 0) | (down ? FALLING : 0);
    }

    /**
     * Whether a fit could reach the settings' agreement, from the number of pairs of samples of distinct times
     * ({@code pairs}) and how many of them rise ({@code rising}: the later value greater) and fall, among the
     * {@code ways} a prediction can still take.
     *
     * <p>Why it is exact: of a pair with distinct times, the slope has the sign of the difference of the values (the
     * later time is the greater, and a difference of two floats in double is zero only when they are equal and never
     * underflows when divided by the minutes of a window), NaN having none. {@link #fit} counts as agreeing the
     * slopes with the sign of the median slope, out of the same {@code pairs}: the rising pairs when the median is
     * positive, the falling ones when it is negative, none when it is zero or NaN. So its agreement is at most
     * {@code max(rising, falling) / pairs} (the same division, rounding alike), and a prediction rising needs a
     * positive median (falling, a negative one): when the share of the pairs going a way that is still open is under
     * the agreement, {@link #crossing} answers empty whatever the median. No pairs: no fit, empty too.
     */
    static boolean mayAgree(int pairs, int rising, int falling, int ways, Settings settings) {
        if (pairs == 0) {
            return false;
        }
        int going = Math.max((ways & RISING) != 0 ? rising : 0, (ways & FALLING) != 0 ? falling : 0);
        return !(going / (double) pairs < settings.agreement());
    }

    static Optional<Prediction> crossing(Limits point, List<Sample> samples, Instant now, Settings settings,
                                         boolean operating) {
        List<Sample> recent = samples.stream().filter(s -> !s.at().isBefore(now.minus(settings.window()))
                && !s.at().isAfter(now)).toList();
        if (recent.size() < settings.minSamples()) {
            return Optional.empty();
        }
        Sample first = recent.get(0);
        Sample last = recent.get(recent.size() - 1);
        if (Duration.between(first.at(), last.at()).compareTo(settings.minSpan()) < 0
                || Duration.between(last.at(), now).compareTo(settings.staleAfter()) > 0) {
            return Optional.empty();
        }
        Fit fit = fit(recent).orElse(null);
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

    static double minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 60_000.0;
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int m = values.length / 2;
        return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    }
}
