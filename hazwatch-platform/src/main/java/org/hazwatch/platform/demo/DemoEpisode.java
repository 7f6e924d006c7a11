package org.hazwatch.platform.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * A scripted risk episode for the demo (演示预警过程) on 山西晋丰煤化工's 1# liquid ammonia sphere, part of a level-1
 * (一级) hazard source: the pressure ramps from 1.0 MPa past H 1.8 and HH 2.0 within a few minutes while the
 * temperature climbs towards its HH of 49.8 °C; both then return to normal. The warning model first predicts the
 * crossing (yellow), then sees the HH alarm with the temperature still predicted to cross (red), and lifts the
 * warning a hold after everything is back to normal. Minutes from the episode's start:
 *
 * <pre>
 * pressure     1.0 until 0.5, ramp to 2.15 at 4, held until 8, ramp back to 1.0 at 11
 * temperature  20 until 1, ramp to 44 at 6, held until 8, ramp back to 20 at 11
 * </pre>
 *
 * Outside its 11 minutes the points follow their ordinary demo signal.
 */
final class DemoEpisode {

    static final String ENTERPRISE = "14052500002";
    static final String PRESSURE = "14052500002001G0001YL001";
    static final String TEMPERATURE = "14052500002001G0001WD001";
    static final Duration LENGTH = Duration.ofMinutes(11);

    private final Instant firstStart;
    private final Duration every;
    private final Random noise = new Random(18218);

    DemoEpisode(Instant firstStart, Duration every) {
        this.firstStart = firstStart;
        this.every = every;
    }

    /** The scripted value of the point at the time, or empty when the episode does not drive it then. */
    OptionalDouble valueAt(String pointCode, Instant at) {
        if (at.isBefore(firstStart) || !(PRESSURE.equals(pointCode) || TEMPERATURE.equals(pointCode))) {
            return OptionalDouble.empty();
        }
        long sinceStart = Duration.between(firstStart, at).toMillis() % every.toMillis();
        if (sinceStart >= LENGTH.toMillis()) {
            return OptionalDouble.empty();
        }
        double minute = sinceStart / 60_000.0;
        return PRESSURE.equals(pointCode)
                ? OptionalDouble.of(shape(minute, 0.5, 4, 8, 11, 1.0, 2.15) + 0.003 * noise.nextGaussian())
                : OptionalDouble.of(shape(minute, 1, 6, 8, 11, 20, 44) + 0.1 * noise.nextGaussian());
    }

    /** {@code base} until {@code up}, a ramp to {@code peak} at {@code top}, held until {@code down}, back by {@code end}. */
    static double shape(double minute, double up, double top, double down, double end, double base, double peak) {
        if (minute < up || minute >= end) {
            return base;
        }
        if (minute < top) {
            return base + (peak - base) * (minute - up) / (top - up);
        }
        if (minute < down) {
            return peak;
        }
        return peak - (peak - base) * (minute - down) / (end - down);
    }
}
