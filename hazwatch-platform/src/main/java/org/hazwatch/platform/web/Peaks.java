package org.hazwatch.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * An alarm's peak (峰值) as people read it: with the point's unit and as many digits as a reading is worth, not the raw
 * double the engine keeps ({@code 2.1543129406869532} is shown {@code 2.15 MPa}). Pages call it as
 * {@code ${@peaks.of(alarm)}}.
 */
@Component("peaks")
public class Peaks {

    private final Registry registry;

    Peaks(Registry registry) {
        this.registry = registry;
    }

    /** The alarm's peak with its point's unit, or — when it has none (offline, invalid data). */
    public String of(AlarmView alarm) {
        String unit = alarm.pointCode() == null ? null
                : registry.point(alarm.pointCode()).map(PointDefinition::unit).orElse(null);
        return shown(alarm.peakValue(), unit);
    }

    /**
     * Three significant digits, at most three decimals and never a lost integer digit ({@code 1234.56 → 1235},
     * {@code 21.4567 → 21.5}, {@code 2.15431 → 2.15}, {@code 0.0123456 → 0.012}); trailing zeros dropped; the unit
     * after a space.
     */
    public static String shown(Double value, String unit) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "—";
        }
        String number = number(value);
        return unit == null || unit.isBlank() ? number : number + " " + unit.strip();
    }

    static String number(double value) {
        double magnitude = Math.abs(value);
        int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
