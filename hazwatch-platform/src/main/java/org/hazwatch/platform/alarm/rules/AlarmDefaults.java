package org.hazwatch.platform.alarm.rules;

import java.time.Duration;
import java.util.Locale;
import org.hazwatch.protocol.PointKind;

/**
 * The defaults for what a point's registration leaves open (报警设置缺省值), SPEC §5.
 *
 * <ul>
 * <li>Deadband and delays by kind, the starting values attributed to ISA-18.2: flow 5 % of span / 15 s, level 5 % /
 * 60 s, pressure 2 % / 15 s, temperature 1 % / 60 s; the delay is used both as on-delay and as off-delay.</li>
 * <li>Gas detectors (GB/T 50493-2019 §5.5): an alarm must not wait, so no delays; deadband 2 % of span. Limits when
 * none are registered: combustible gas in %LEL first alarm H 25, second alarm HH 50; oxygen in %VOL deficiency L
 * 19.5 and enrichment H 23.5. Toxic gas limits depend on the gas's occupational exposure limit (100 % / 200 % of
 * it), which the point does not name: they must be registered.</li>
 * <li>Limits are taken as a set: a point with any registered limit is alarmed on exactly those.</li>
 * </ul>
 */
public final class AlarmDefaults {

    public static final Duration FLATLINE_AFTER = Duration.ofMinutes(60);

    private AlarmDefaults() {
    }

    /**
     * The settings of a registered point; null limits, deadband and delays take the defaults of its kind.
     *
     * @param ratePerMinute the point's rate-of-change limit, null for none
     */
    public static PointAlarmSettings settle(String pointCode, String enterpriseCode, PointKind kind, String unit,
                                            double rangeLow, double rangeHigh, Double ll, Double l, Double h,
                                            Double hh, Double deadband, Duration onDelay, Duration offDelay,
                                            Double ratePerMinute) {
        double span = rangeHigh - rangeLow;
        double band = deadband != null ? deadband : span * deadbandShare(kind);
        Duration delay = delay(kind);
        Double[] limits = ll == null && l == null && h == null && hh == null
                ? gasLimits(kind, unit) : new Double[] {ll, l, h, hh};
        return new PointAlarmSettings(pointCode, enterpriseCode, limits[0], limits[1], limits[2], limits[3], band,
                onDelay != null ? onDelay : delay, offDelay != null ? offDelay : delay, ratePerMinute,
                FLATLINE_AFTER);
    }

    static double deadbandShare(PointKind kind) {
        return switch (kind) {
            case LL, YW -> 0.05;
            case YL, KR, YD, YQ -> 0.02;
            case WD -> 0.01;
        };
    }

    static Duration delay(PointKind kind) {
        return switch (kind) {
            case LL, YL -> Duration.ofSeconds(15);
            case YW, WD -> Duration.ofSeconds(60);
            case KR, YD, YQ -> Duration.ZERO;
        };
    }

    private static Double[] gasLimits(PointKind kind, String unit) {
        String u = unit == null ? "" : unit.strip().toUpperCase(Locale.ROOT);
        if (kind == PointKind.KR && u.equals("%LEL")) {
            return new Double[] {null, null, 25.0, 50.0};
        }
        if (kind == PointKind.YQ && u.equals("%VOL")) {
            return new Double[] {null, 19.5, 23.5, null};
        }
        return new Double[] {null, null, null, null};
    }
}
